package io.zhuanhua.chat.feed;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.zhuanhua.chat.config.ChatConfig;

/** Skips the relay when the feed is switched off. */
@Singleton
public class FeedDisabled implements Scheduled.SkipPredicate {
    private final ChatConfig config;

    public FeedDisabled(ChatConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.feed().enabled();
    }
}
