package org.conflictmonitor.gateway.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import org.conflictmonitor.events.api.EventsApi;

/** The REST contract of events-service: events and their claims, called with the caller's own token. */
@RegisterRestClient(configKey = "events-service")
@RegisterClientHeaders(CallerTokenHeaders.class)
public interface EventsClient extends EventsApi {
}
