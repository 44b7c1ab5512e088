package org.conflictmonitor.importer.cli.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import org.conflictmonitor.sources.api.ArticlesApi;

/** The REST contract of sources-service: articles and citations, ingested in bulk; called with the importer's service-account token. */
@RegisterRestClient(configKey = "sources-service")
@OidcClientFilter
@RegisterProvider(ProblemResponses.class)
public interface ArticlesClient extends ArticlesApi {
}
