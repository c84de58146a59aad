package io.zhuanhua.chat.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.zhuanhua.kit.taxonomy.Category;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** chat-service settings. */
@ConfigMapping(prefix = "zhuanhua.chat")
public interface ChatConfig {

    /** A thread's next message after this much silence starts a new conversation. */
    @WithDefault("30m")
    Duration idleTimeout();

    /**
     * Business hours of shops not listed under {@link #shops()} that publish none in scripts-service; see
     * BusinessHours for the grammar.
     */
    @WithDefault("always @ Asia/Shanghai")
    String defaultBusinessHours();

    /** A first reply later than this is lost-inquiry evidence. */
    @WithDefault("60s")
    Duration slowFirstReply();

    /** Per-shop settings by shop id. */
    Map<String, Shop> shops();

    interface Shop {
        /** While the shop publishes none: e.g. "Mon-Fri 09:00-12:00,13:30-23:00; Sat-Sun 10:00-02:00 @ Asia/Shanghai". */
        Optional<String> businessHours();
    }

    /** The relay of consultation facts to metrics-service. */
    Feed feed();

    /** API key chat-service presents to metrics-service (an internal client there). */
    Optional<String> metricsApiKey();

    /** API key chat-service presents to scripts-service (an internal client there). */
    Optional<String> scriptsApiKey();

    /** Live assistance. */
    Assist assist();

    /** Shop policies published in scripts-service, over the business hours and bot categories set here. */
    Policy policy();

    interface Policy {
        /** How long a shop's policy is used before scripts-service is asked again. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** How long one read from scripts-service may take; after that the known policy applies. */
        @WithDefault("1s")
        Duration deadline();
    }

    interface Assist {
        /** Categories the bot may answer unless the shop's policy names its own; the rest go to a human. */
        @WithDefault("SHIPPING_FEE,DISPATCH_TIME,COURIER,STOCK,SHELF_LIFE,INVOICE,PAYMENT,GREETING,ACK")
        Set<Category> botCategories();

        /** How long Assist waits for suggested replies. */
        @WithDefault("2s")
        Duration suggestDeadline();
    }

    interface Feed {
        /** Set false to keep facts in the outbox (tests of chat-service alone). */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for new facts. */
        @WithDefault("1s")
        Duration interval();

        /** Most snapshots sent in one call. */
        @WithDefault("500")
        int batchSize();
    }
}
