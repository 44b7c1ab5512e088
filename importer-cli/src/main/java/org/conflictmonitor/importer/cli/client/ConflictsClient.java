package org.conflictmonitor.importer.cli.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import org.conflictmonitor.events.api.ConflictsApi;

/** The REST contract of events-service: conflicts, upserted in bulk by UCDP conflict id; called with the importer's service-account token. */
@RegisterRestClient(configKey = "events-service")
@OidcClientFilter
@RegisterProvider(ProblemResponses.class)
public interface ConflictsClient extends ConflictsApi {
}
