package io.zhuanhua.chat.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.config.ShopPolicy;
import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.kit.taxonomy.Category;

class CachedPoliciesTest {
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final ShopPolicy CONFIGURED = new ShopPolicy(BusinessHours.ALWAYS_OPEN, Set.of(Category.STOCK));
    private static final BusinessHours OFFICE = BusinessHours.parse("Mon-Fri 09:00-18:00 @ Asia/Shanghai");

    /** scripts-service as a script of answers: a policy, none, or down; every call is counted. */
    private static final class Source implements PublishedPolicies {
        Optional<Published> answer = Optional.empty();
        boolean down;
        final List<String> calls = new ArrayList<>();

        @Override
        public Optional<Published> fetch(String shopId) {
            calls.add(shopId);
            if (down) {
                throw new Unavailable("scripts-service down", null);
            }
            return answer;
        }
    }

    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-25T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Source source = new Source();
    private final TestClock clock = new TestClock();
    private final CachedPolicies policies = new CachedPolicies(shop -> CONFIGURED, source, TTL, clock);

    @Test
    void aShopWithoutAPublishedPolicyGetsTheConfiguredOne() {
        assertEquals(CONFIGURED, policies.of("shop-a"));
    }

    @Test
    void publishedPartsReplaceTheConfiguredOnesAndTheRestStays() {
        source.answer = Optional.of(new PublishedPolicies.Published(Optional.of(OFFICE), Optional.empty()));
        assertEquals(new ShopPolicy(OFFICE, Set.of(Category.STOCK)), policies.of("shop-a"));
        source.answer = Optional.of(new PublishedPolicies.Published(Optional.empty(), Optional.of(Set.of(Category.SIZE_FIT))));
        assertEquals(new ShopPolicy(BusinessHours.ALWAYS_OPEN, Set.of(Category.SIZE_FIT)), policies.of("shop-b"));
    }

    @Test
    void eachShopIsAskedOncePerPeriodAndAChangeAppliesAfterIt() {
        policies.of("shop-a");
        policies.of("shop-b");
        clock.now = clock.now.plus(TTL.minusSeconds(1));
        source.answer = Optional.of(new PublishedPolicies.Published(Optional.of(OFFICE), Optional.empty()));
        assertEquals(CONFIGURED, policies.of("shop-a"));
        assertEquals(List.of("shop-a", "shop-b"), source.calls);
        clock.now = clock.now.plusSeconds(1);
        assertEquals(OFFICE, policies.of("shop-a").businessHours());
        assertEquals(List.of("shop-a", "shop-b", "shop-a"), source.calls);
    }

    @Test
    void whileTheSourceIsDownTheLastReadPolicyStaysAndAnOutageCostsOneCallPerPeriod() {
        source.answer = Optional.of(new PublishedPolicies.Published(Optional.of(OFFICE), Optional.empty()));
        policies.of("shop-a");
        source.down = true;
        clock.now = clock.now.plus(TTL);
        assertEquals(OFFICE, policies.of("shop-a").businessHours());
        assertEquals(OFFICE, policies.of("shop-a").businessHours());
        assertEquals(2, source.calls.size());
        // A shop never read before falls back to the configuration.
        assertEquals(CONFIGURED, policies.of("shop-new"));
        clock.now = clock.now.plus(TTL);
        source.down = false;
        source.answer = Optional.empty();
        assertEquals(CONFIGURED, policies.of("shop-a"));
    }
}
