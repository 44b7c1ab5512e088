package org.conflictmonitor.importer.cli.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import org.conflictmonitor.api.problem.Problem;

/** Turns a service's error response into a {@link ServiceProblem} that says what the service said. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblem> {

    @Override
    public ServiceProblem toThrowable(Response response) {
        Problem problem = null;
        try {
            response.bufferEntity();
            problem = response.readEntity(Problem.class);
        } catch (RuntimeException notAProblem) {
            // A proxy's or a crashed service's page: the status says enough.
        }
        return new ServiceProblem(response.getStatus(), problem);
    }
}
