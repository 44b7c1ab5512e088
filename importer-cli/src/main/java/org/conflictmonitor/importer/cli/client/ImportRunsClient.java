package org.conflictmonitor.importer.cli.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import org.conflictmonitor.events.api.ImportRunsApi;

/** The REST contract of events-service: the record of import runs; called with the importer's service-account token. */
@RegisterRestClient(configKey = "events-service")
@OidcClientFilter
@RegisterProvider(ProblemResponses.class)
public interface ImportRunsClient extends ImportRunsApi {
}
