package io.zhuanhua.chat.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.config.ShopPolicies;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.chat.lost.LossEvidenceFinder;
import io.zhuanhua.chat.profile.CustomerProfiler;
import io.zhuanhua.chat.profile.LineCues;
import io.zhuanhua.chat.profile.OrderHistory;
import io.zhuanhua.chat.timing.ResponseTimes;

/** Runs every conversation analysis with the shop's settings (business hours from the shop's policy). */
@ApplicationScoped
public class ConversationAnalyst {
    private final LossEvidenceFinder lossFinder = LossEvidenceFinder.defaults();
    private final CustomerProfiler profiler = CustomerProfiler.defaults();
    private final ShopPolicies policies;
    private final ChatConfig config;

    public ConversationAnalyst(ShopPolicies policies, ChatConfig config) {
        this.policies = policies;
        this.config = config;
    }

    /** What the analyses read from one message's words; it depends on nothing else, so it can be kept. */
    public LineReading read(Utterance message) {
        return new LineReading(lossFinder.read(message.text()),
                message.sender() == Sender.BUYER ? profiler.read(message.text()) : LineCues.none());
    }

    /**
     * The order history is not known to chat-service; trust then rests on what the buyer writes.
     *
     * @param readings {@link #read} of each message, in the order of {@code messages}
     */
    public ConversationInsight analyse(String shopId, List<Utterance> messages, List<LineReading> readings,
            List<ChatEvent.Mark> marks) {
        return new ConversationInsight(ConversationFacts.of(messages, marks),
                ResponseTimes.of(messages, marks, policies.of(shopId).businessHours()),
                lossFinder.find(messages, readings.stream().map(LineReading::lossCues).toList(), config.slowFirstReply()),
                lossFinder.handoff(messages, marks),
                profiler.profile(messages, readings.stream().map(LineReading::customerCues).toList(), OrderHistory.UNKNOWN));
    }

    public CustomerProfiler profiler() {
        return profiler;
    }
}
