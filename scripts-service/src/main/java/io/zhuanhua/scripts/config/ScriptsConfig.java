package io.zhuanhua.scripts.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * scripts-service settings. Where metrics-service runs is the gRPC client "metrics"
 * ({@code quarkus.grpc.clients.metrics.host}, {@code .port}).
 */
@ConfigMapping(prefix = "zhuanhua.scripts")
public interface ScriptsConfig {

    /** The API key metrics-service configured for scripts-service (internal); without it, no effectiveness. */
    Optional<String> metricsApiKey();

    /** Ranking by measured effectiveness. */
    EffectivenessConfig effectiveness();

    interface EffectivenessConfig {
        /** Shop-local days of conversion figures, ending today. */
        @WithDefault("30")
        int periodDays();

        /** How long a shop's figures are reused; also how long an unreachable metrics-service is not asked. */
        @WithDefault("60s")
        Duration cacheTtl();

        /** Longest wait for metrics-service before suggesting without figures. */
        @WithDefault("300ms")
        Duration timeout();

        /** Fewer inquiries than this and a script's conversion is noise: it counts as not measured. */
        @WithDefault("10")
        int minInquiries();
    }
}
