package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.zhuanhua.kit.error.RateLimitedException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.kit.ingest.IngestLimitConfig;
import io.zhuanhua.kit.ingest.ShopRateLimiter;

class ShopRateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void burstThenRefillAtTheRate() {
        ShopRateLimiter limiter = new ShopRateLimiter(config(10, 20, 1, Map.of()), now::get);
        limiter.acquire("shop-a", 20);
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> limiter.acquire("shop-a", 5));
        assertTrue(e.getMessage().contains("shop shop-a sends faster than its ingest budget of 10 events/s, burst 20"),
                e.getMessage());
        assertTrue(e.getMessage().contains("retry in 500 ms"), e.getMessage());
        advance(500);
        assertDoesNotThrow(() -> limiter.acquire("shop-a", 5));
        assertThrows(RateLimitedException.class, () -> limiter.acquire("shop-a", 1));
    }

    @Test
    void shopsHaveBudgetsOfTheirOwn() {
        ShopRateLimiter limiter = new ShopRateLimiter(config(10, 20, 1, Map.of("shop-b", limit(1, 2))), now::get);
        limiter.acquire("shop-a", 20);
        limiter.acquire("shop-b", 2);
        assertThrows(RateLimitedException.class, () -> limiter.acquire("shop-b", 1));
        advance(1000);
        assertDoesNotThrow(() -> limiter.acquire("shop-b", 1));
    }

    @Test
    void refusedBatchTakesNothing() {
        ShopRateLimiter limiter = new ShopRateLimiter(config(10, 20, 1, Map.of()), now::get);
        limiter.acquire("shop-a", 15);
        assertThrows(RateLimitedException.class, () -> limiter.acquire("shop-a", 10));
        assertDoesNotThrow(() -> limiter.acquire("shop-a", 5));
    }

    @Test
    void batchLargerThanTheBurstCanNeverPass() {
        ShopRateLimiter limiter = new ShopRateLimiter(config(10, 20, 1, Map.of()), now::get);
        advance(60_000);
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> limiter.acquire("shop-a", 21));
        assertTrue(e.getMessage().contains("exceed its burst of 20 events; send smaller batches"), e.getMessage());
    }

    @Test
    void replicasShareTheShopBudget() {
        ShopRateLimiter limiter = new ShopRateLimiter(config(10, 20, 2, Map.of()), now::get);
        limiter.acquire("shop-a", 10);
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> limiter.acquire("shop-a", 1));
        assertTrue(e.getMessage().contains("budget of 5 events/s, burst 10 (this replica's share of 2)"), e.getMessage());
    }

    @Test
    void answeredResourceExhaustedWithTheReason() {
        var status = Rpc.toStatus(new RateLimitedException("shop shop-a sends faster ...")).getStatus();
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, status.getCode());
        assertTrue(status.getDescription().startsWith("shop shop-a"));
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private static IngestLimitConfig.ShopLimit limit(double rate, int burst) {
        return new IngestLimitConfig.ShopLimit() {
            @Override
            public Optional<Double> eventsPerSecond() {
                return Optional.of(rate);
            }

            @Override
            public Optional<Integer> burst() {
                return Optional.of(burst);
            }
        };
    }

    private static IngestLimitConfig config(double rate, int burst, int replicas,
            Map<String, IngestLimitConfig.ShopLimit> shops) {
        return new IngestLimitConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public double eventsPerSecond() {
                return rate;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public int replicas() {
                return replicas;
            }

            @Override
            public Map<String, ShopLimit> shops() {
                return shops;
            }
        };
    }
}
