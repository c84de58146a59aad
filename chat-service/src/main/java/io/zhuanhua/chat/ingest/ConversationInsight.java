package io.zhuanhua.chat.ingest;

import java.util.List;

import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.lost.HandoffFacts;
import io.zhuanhua.chat.lost.LossEvidence;
import io.zhuanhua.chat.profile.CustomerProfile;
import io.zhuanhua.chat.timing.ResponseTimes;

/** Everything chat-service learns from one conversation: what metrics-service and managers read. */
public record ConversationInsight(ConversationFacts facts, ResponseTimes times, List<LossEvidence> lossEvidence,
        HandoffFacts handoff, CustomerProfile customer) {
}
