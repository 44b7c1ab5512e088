package org.conflictmonitor.events.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.conflictmonitor.api.lookup.IdsRequest;
import org.conflictmonitor.api.lookup.LookupResult;
import org.conflictmonitor.sources.api.ArticleDto;

/** The part of sources-service this service calls. */
@RegisterRestClient(configKey = "sources-service")
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ArticlesClient {

    @POST
    @Path("/lookup")
    LookupResult<ArticleDto> lookup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, IdsRequest ids);
}
