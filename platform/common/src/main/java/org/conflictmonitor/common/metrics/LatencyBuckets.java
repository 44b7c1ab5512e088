package org.conflictmonitor.common.metrics;

import java.time.Duration;
import java.util.stream.LongStream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Served requests counted into latency buckets, so that Prometheus can compute percentiles across
 * instances (the p95 alert, the dashboard). Ten fixed buckets, from 5 ms to 5 s, rather than
 * Micrometer's ~70-bucket histogram: one series per bucket, method, URI and status.
 */
@Singleton
public class LatencyBuckets {

    static final long[] BOUNDS_MS = { 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000 };

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        double[] bounds = LongStream.of(BOUNDS_MS).mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return "http.server.requests".equals(id.getName())
                        ? DistributionStatisticConfig.builder().serviceLevelObjectives(bounds).build().merge(config)
                        : config;
            }
        };
    }
}
