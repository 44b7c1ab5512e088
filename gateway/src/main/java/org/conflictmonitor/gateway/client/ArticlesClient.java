package org.conflictmonitor.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.conflictmonitor.sources.api.ArticlesApi;

/** The REST contract of sources-service: articles, their ingest and search, called with the caller's own token. */
@RegisterRestClient(configKey = "sources-service")
@RegisterClientHeaders(CallerTokenHeaders.class)
public interface ArticlesClient extends ArticlesApi {
}
