package io.zhuanhua.metrics.rollup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.zhuanhua.metrics.config.MetricsConfig;
import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ShopCalendar;

/**
 * Recomputes the dirty rollup days from the raw facts, each in its own transaction. Safe with several
 * replicas: days are claimed with a lease under FOR UPDATE SKIP LOCKED, and a day changed again while it was
 * being recomputed stays dirty (see {@link RollupStore}).
 */
@ApplicationScoped
public class RollupRefresher {
    private static final Logger LOG = Logger.getLogger(RollupRefresher.class);

    private final RollupStore store;
    private final FactLoader facts;
    private final ShopCalendars calendars;
    private final MetricsConfig.Rollups config;

    public RollupRefresher(RollupStore store, FactLoader facts, ShopCalendars calendars, MetricsConfig config) {
        this.store = store;
        this.facts = facts;
        this.calendars = calendars;
        this.config = config.rollups();
    }

    /**
     * A shop whose calendar changed in the configuration since its rollups were computed gets them all
     * recomputed; until then reports read its days from the raw facts, in the new calendar.
     */
    void switchCalendars(@Observes StartupEvent event) {
        List<String> switched = QuarkusTransaction.requiringNew().call(() -> store.switchCalendars(calendars::of));
        if (!switched.isEmpty()) {
            LOG.infof("calendar changed for %d shops %s: their rollups are recomputed", switched.size(), switched);
        }
    }

    @Scheduled(every = "${zhuanhua.metrics.rollups.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RollupsDisabled.class)
    void refreshScheduled() {
        refreshAll();
    }

    /** Recomputes claimable dirty days until none is left (or only failing ones); returns the days stored. */
    public int refreshAll() {
        int stored = 0;
        int round;
        do {
            List<RollupStore.Claim> claims = QuarkusTransaction.requiringNew()
                    .call(() -> store.claim(config.batchSize(), config.lease()));
            round = 0;
            for (RollupStore.Claim claim : claims) {
                round += refresh(claim) ? 1 : 0;
            }
            stored += round;
            // A round that stored nothing only met failing days; they wait for the next run.
        } while (round > 0);
        return stored;
    }

    private boolean refresh(RollupStore.Claim claim) {
        ShopDay day = claim.day();
        try {
            ShopCalendar calendar = calendars.of(day.shopId());
            return QuarkusTransaction.requiringNew().call(() -> store.store(claim,
                    facts.compute(day.shopId(), calendar, new ReportPeriod(day.day(), day.day())), calendar));
        } catch (RuntimeException e) {
            // A day that cannot be computed (sales in two currencies, say) stays dirty: reports compute it from
            // the raw facts and fail the way a raw report does; it is retried after the other days.
            LOG.warnf("rollup of %s %s not refreshed: %s", day.shopId(), day.day(), e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> store.release(day));
            return false;
        }
    }
}
