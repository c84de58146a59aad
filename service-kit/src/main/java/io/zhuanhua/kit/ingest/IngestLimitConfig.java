package io.zhuanhua.kit.ingest;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How fast each shop may ingest. The budget is per shop and per replica: with {@code replicas} replicas behind
 * round-robin balancing, each replica grants its share ({@code events-per-second / replicas}, the same for the
 * burst), so the shop's total stays at the configured figure without any state shared between replicas.
 *
 * <pre>
 * zhuanhua.ingest.limit.events-per-second=2000
 * zhuanhua.ingest.limit.burst=20000
 * zhuanhua.ingest.limit.replicas=2
 * zhuanhua.ingest.limit.shops.shop-a.events-per-second=50
 * zhuanhua.ingest.limit.shops.shop-a.burst=1000
 * </pre>
 */
@ConfigMapping(prefix = "zhuanhua.ingest.limit")
public interface IngestLimitConfig {

    /** Whether ingest is limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** A shop's sustained rate, over all replicas. Generous: a limit catches runaway clients, not peaks. */
    @WithDefault("2000")
    double eventsPerSecond();

    /** Events a shop may send at once after a quiet spell, over all replicas; at least one full batch. */
    @WithDefault("20000")
    int burst();

    /** Replicas sharing the shop's budget (the Deployment's replica count). */
    @WithDefault("1")
    int replicas();

    /** Shops with a budget of their own. */
    Map<String, ShopLimit> shops();

    interface ShopLimit {
        Optional<Double> eventsPerSecond();

        Optional<Integer> burst();
    }
}
