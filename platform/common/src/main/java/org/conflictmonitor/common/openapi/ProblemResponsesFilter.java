package org.conflictmonitor.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.conflictmonitor.api.problem.Problem;

/**
 * Documents on every operation the errors any operation can answer (400, 401, 403, 500), as
 * problem+json, so that API interfaces declare only the responses particular to them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "A parameter or field is invalid; `errors` names each.",
            "401", "No valid bearer token.",
            "403", "The caller's roles do not allow this.",
            "500", "The server failed; `detail` carries an incident id for the operators.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                for (Map.Entry<String, String> common : COMMON.entrySet()) {
                    if (!responses.hasAPIResponse(common.getKey())) {
                        responses.addAPIResponse(common.getKey(), OASFactory.createAPIResponse()
                                .description(common.getValue())
                                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
                    }
                }
            }
        }
    }
}
