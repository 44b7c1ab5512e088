package org.conflictmonitor.events.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.conflictmonitor.actors.api.ActorLookupResult;
import org.conflictmonitor.api.lookup.IdsRequest;

/** The part of actors-service this service calls. */
@RegisterRestClient(configKey = "actors-service")
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ActorsClient {

    @POST
    @Path("/lookup")
    ActorLookupResult lookup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, IdsRequest ids);
}
