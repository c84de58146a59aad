package io.zhuanhua.chat.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.chat.lost.LossEvidenceFinder;
import io.zhuanhua.chat.profile.CustomerProfiler;
import io.zhuanhua.chat.profile.OrderHistory;
import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.chat.timing.ResponseTimes;

/**
 * Runs every conversation analysis with the shop's settings. Business hours are parsed once at startup, so a
 * bad setting stops the service instead of failing ingest.
 */
@ApplicationScoped
public class ConversationAnalyst {
    private final LossEvidenceFinder lossFinder = LossEvidenceFinder.defaults();
    private final CustomerProfiler profiler = CustomerProfiler.defaults();
    private final BusinessHours defaultHours;
    private final Map<String, BusinessHours> shopHours = new HashMap<>();
    private final ChatConfig config;

    public ConversationAnalyst(ChatConfig config) {
        this.config = config;
        this.defaultHours = parse("zhuanhua.chat.default-business-hours", config.defaultBusinessHours());
        config.shops().forEach((shop, settings) -> settings.businessHours().ifPresent(
                spec -> shopHours.put(shop, parse("zhuanhua.chat.shops." + shop + ".business-hours", spec))));
    }

    public BusinessHours businessHours(String shopId) {
        return shopHours.getOrDefault(shopId, defaultHours);
    }

    /** The order history is not known to chat-service; trust then rests on what the buyer writes. */
    public ConversationInsight analyse(String shopId, List<Utterance> messages, List<ChatEvent.Mark> marks) {
        return new ConversationInsight(ConversationFacts.of(messages, marks),
                ResponseTimes.of(messages, marks, businessHours(shopId)),
                lossFinder.find(messages, config.slowFirstReply()), lossFinder.handoff(messages, marks),
                profiler.profile(messages, OrderHistory.UNKNOWN));
    }

    public CustomerProfiler profiler() {
        return profiler;
    }

    private static BusinessHours parse(String property, String spec) {
        try {
            return BusinessHours.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": " + e.getMessage(), e);
        }
    }
}
