package org.conflictmonitor.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the gateway saw of each service: every failed call counted by service and reason
 * ({@code gateway_downstream_failures_total} in /q/metrics), and one log line when a service starts
 * failing and one when it answers again, saying for how long and how many calls failed, rather
 * than a line per failed call.
 */
@ApplicationScoped
public class DownstreamHealth {

    private static final Logger LOG = Logger.getLogger(DownstreamHealth.class);

    /** Why a call failed, as the metric's reason label says it. */
    public enum Reason {
        UNREACHABLE, TIMEOUT, CIRCUIT_OPEN, ERROR_STATUS;

        String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private record Outage(Instant since, Reason first, AtomicLong failedCalls) {
    }

    private final MeterRegistry metrics;
    private final Map<String, Outage> outages = new ConcurrentHashMap<>();

    public DownstreamHealth(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void failed(String service, Reason reason) {
        metrics.counter("gateway.downstream.failures", "service", service, "reason", reason.label()).increment();
        outages.computeIfAbsent(service, s -> {
            LOG.warnf("%s is failing (%s): the gateway answers without it, naming it in each error, until it answers again", service,
                    reason.label());
            return new Outage(Instant.now(), reason, new AtomicLong());
        }).failedCalls().incrementAndGet();
    }

    void answered(String service) {
        Outage outage = outages.remove(service);
        if (outage != null) {
            LOG.infof("%s answers again after %d s of failures (from %s, first %s): %d failed calls", service,
                    Duration.between(outage.since(), Instant.now()).toSeconds(), outage.since(), outage.first().label(),
                    outage.failedCalls().get());
        }
    }
}
