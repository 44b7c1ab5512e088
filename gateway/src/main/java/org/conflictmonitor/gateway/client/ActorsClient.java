package org.conflictmonitor.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.conflictmonitor.actors.api.ActorsApi;

/** The REST contract of actors-service: actors and their relations, called with the caller's own token. */
@RegisterRestClient(configKey = "actors-service")
@RegisterClientHeaders(CallerTokenHeaders.class)
public interface ActorsClient extends ActorsApi {
}
