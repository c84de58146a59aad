package io.zhuanhua.chat.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jboss.logging.Logger;

import io.zhuanhua.chat.config.ShopPolicy;
import io.zhuanhua.chat.config.ShopPolicies;

/**
 * Each shop's published policy over chat-service's configured one, kept for a short time per shop: a change in
 * scripts-service applies within {@code ttl}, and ingest asks scripts-service at most once per shop and
 * {@code ttl}, also while scripts-service is down (an outage costs one failed call per shop and period, not one
 * per message). While the source is unavailable the last published policy stays in force, or the configured one
 * if none was ever read.
 */
public final class CachedPolicies implements ShopPolicies {
    private static final Logger LOG = Logger.getLogger(CachedPolicies.class);

    private record Entry(ShopPolicy policy, Instant expires) {
    }

    private final ShopPolicies configured;
    private final PublishedPolicies published;
    private final Duration ttl;
    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** @param configured what applies while a shop has published nothing (chat-service's configuration) */
    public CachedPolicies(ShopPolicies configured, PublishedPolicies published, Duration ttl, Clock clock) {
        this.configured = configured;
        this.published = published;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public ShopPolicy of(String shopId) {
        Instant now = clock.instant();
        Entry entry = entries.get(shopId);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.policy();
        }
        // Two threads may both refresh an expired shop; both read the same source, so either result is right.
        ShopPolicy policy = load(shopId, entry);
        entries.put(shopId, new Entry(policy, now.plus(ttl)));
        return policy;
    }

    private ShopPolicy load(String shopId, Entry previous) {
        ShopPolicy fallback = configured.of(shopId);
        try {
            return published.fetch(shopId)
                    .map(p -> new ShopPolicy(p.businessHours().orElse(fallback.businessHours()),
                            p.botCategories().orElse(fallback.botCategories())))
                    .orElse(fallback);
        } catch (PublishedPolicies.Unavailable e) {
            LOG.warnf("shop %s: %s; %s policy applies", shopId, e.getMessage(),
                    previous == null ? "the configured" : "the last read");
            return previous == null ? fallback : previous.policy();
        }
    }
}
