package io.zhuanhua.kit.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.zhuanhua.kit.error.RateLimitedException;

/**
 * A token bucket per shop: tokens refill at the shop's rate up to its burst, each event takes one. A request
 * takes all its events or none, so a refused batch leaves nothing half written and costs nothing.
 */
public final class ShopRateLimiter {
    private final IngestLimitConfig config;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ShopRateLimiter(IngestLimitConfig config, LongSupplier nanoClock) {
        if (config.replicas() < 1) {
            throw new IllegalArgumentException("zhuanhua.ingest.limit.replicas must be at least 1");
        }
        this.config = config;
        this.nanoClock = nanoClock;
    }

    /** Takes {@code events} tokens from the shop's bucket, or throws without taking any. */
    public void acquire(String shopId, int events) {
        if (!config.enabled() || events <= 0) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(shopId, this::bucket);
        long waitNanos = bucket.take(events, nanoClock.getAsLong());
        if (waitNanos > 0) {
            String share = config.replicas() == 1 ? "" : " (this replica's share of " + config.replicas() + ")";
            throw new RateLimitedException(waitNanos == Long.MAX_VALUE
                    ? String.format("shop %s: %d events exceed its burst of %d events%s; send smaller batches",
                            shopId, events, (long) bucket.capacity, share)
                    : String.format("shop %s sends faster than its ingest budget of %.0f events/s, burst %d%s;"
                            + " retry in %d ms", shopId, bucket.perNano * 1e9, (long) bucket.capacity, share,
                            Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos))));
        }
    }

    private Bucket bucket(String shopId) {
        IngestLimitConfig.ShopLimit own = config.shops().get(shopId);
        double rate = own == null ? config.eventsPerSecond() : own.eventsPerSecond().orElse(config.eventsPerSecond());
        int burst = own == null ? config.burst() : own.burst().orElse(config.burst());
        return new Bucket(rate / config.replicas(), Math.max(1, (double) burst / config.replicas()),
                nanoClock.getAsLong());
    }

    private static final class Bucket {
        final double perNano;
        final double capacity;
        private double tokens;
        private long refilledAt;

        Bucket(double perSecond, double capacity, long now) {
            this.perNano = perSecond / 1e9;
            this.capacity = capacity;
            this.tokens = capacity;
            this.refilledAt = now;
        }

        /** 0 when taken; otherwise the nanoseconds until enough tokens exist (MAX_VALUE: never). */
        synchronized long take(int events, long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (events > capacity) {
                return Long.MAX_VALUE;
            }
            if (tokens >= events) {
                tokens -= events;
                return 0;
            }
            return perNano <= 0 ? Long.MAX_VALUE : (long) Math.ceil((events - tokens) / perNano);
        }
    }
}
