package org.conflictmonitor.importer.cli.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import org.conflictmonitor.actors.api.ActorsApi;

/** The REST contract of actors-service: actors, by UCDP key in bulk; called with the importer's service-account token. */
@RegisterRestClient(configKey = "actors-service")
@OidcClientFilter
@RegisterProvider(ProblemResponses.class)
public interface ActorsClient extends ActorsApi {
}
