package io.zhuanhua.chat.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** chat-service settings. */
@ConfigMapping(prefix = "zhuanhua.chat")
public interface ChatConfig {

    /** A thread's next message after this much silence starts a new conversation. */
    @WithDefault("30m")
    Duration idleTimeout();

    /** The relay of consultation facts to metrics-service. */
    Feed feed();

    /** API key chat-service presents to metrics-service (an internal client there). */
    Optional<String> metricsApiKey();

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
