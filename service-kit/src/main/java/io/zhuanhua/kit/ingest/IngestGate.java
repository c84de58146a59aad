package io.zhuanhua.kit.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * What every ingest RPC does at its door: admits a shop's events within its rate budget and counts what
 * became of them, as {@code zhuanhua_ingest_events_total{service, outcome}} (its rate is the ingest rate).
 */
@ApplicationScoped
public class IngestGate {
    /** Outcome of events refused by the rate limit. */
    public static final String LIMITED = "limited";
    /** Outcome of events that failed validation. */
    public static final String REJECTED = "rejected";

    private final ShopRateLimiter limiter;
    private final MeterRegistry registry;
    private final String service;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public IngestGate(IngestLimitConfig config, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.limiter = new ShopRateLimiter(config, System::nanoTime);
        this.registry = registry;
        this.service = service;
    }

    /** Runs the checks of a whole request; if they fail, its events count as rejected (nothing is stored). */
    public <T> T checked(int events, Supplier<T> checks) {
        try {
            return checks.get();
        } catch (InvalidFieldException e) {
            count(REJECTED, events);
            throw e;
        }
    }

    /** Lets the events in, or throws RateLimitedException (RESOURCE_EXHAUSTED through Rpc) before any is stored. */
    public void admit(String shopId, int events) {
        try {
            limiter.acquire(shopId, events);
        } catch (RuntimeException e) {
            count(LIMITED, events);
            throw e;
        }
    }

    /** Counts each outcome under its lower-case name (stored, duplicate, ...) and returns the list. */
    public <E extends Enum<E>> List<E> counted(List<E> outcomes) {
        outcomes.stream().collect(Collectors.groupingBy(o -> o.name().toLowerCase(Locale.ROOT), Collectors.counting()))
                .forEach((outcome, events) -> count(outcome, events.intValue()));
        return outcomes;
    }

    /** Counts events by outcome: stored, duplicate, rejected, replaced, ... (lower case). */
    public void count(String outcome, int events) {
        if (events > 0) {
            counters.computeIfAbsent(outcome, o -> Counter.builder("zhuanhua.ingest.events")
                    .description("Ingested events by what became of them").tag("service", service).tag("outcome", o)
                    .register(registry)).increment(events);
        }
    }
}
