package io.zhuanhua.metrics.rollup;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.zhuanhua.metrics.config.MetricsConfig;

/** Skips the scheduled refresh where it is switched off (tests drive it themselves). */
@Singleton
public class RollupsDisabled implements Scheduled.SkipPredicate {
    private final boolean enabled;

    public RollupsDisabled(MetricsConfig config) {
        this.enabled = config.rollups().enabled();
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
