package org.conflictmonitor.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.conflictmonitor.sources.api.SourcesApi;

/** The REST contract of sources-service: sources and their ratings, called with the caller's own token. */
@RegisterRestClient(configKey = "sources-service")
@RegisterClientHeaders(CallerTokenHeaders.class)
public interface SourcesClient extends SourcesApi {
}
