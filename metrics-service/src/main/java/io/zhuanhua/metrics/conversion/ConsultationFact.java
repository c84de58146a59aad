package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.util.Objects;

/**
 * What reports need of a conversation. It makes an inquiry if it is pre-sale, not removed and the buyer has
 * written in it; every conversation the buyer wrote in counts for response times.
 *
 * @param firstBuyerMessageAt null when the buyer has not written
 * @param facts               chat-service's analysis; null when unknown (then the conversation only counts
 *                            for attribution)
 */
public record ConsultationFact(String conversationId, String buyerId, boolean inquiry, boolean removed,
        Instant firstBuyerMessageAt, ConversationFacts facts) {

    public ConsultationFact {
        Objects.requireNonNull(conversationId, "conversationId");
    }

    /** A conversation known only by its attribution facts. */
    public ConsultationFact(String conversationId, String buyerId, boolean inquiry, boolean removed,
            Instant firstBuyerMessageAt) {
        this(conversationId, buyerId, inquiry, removed, firstBuyerMessageAt, null);
    }

    boolean makesInquiry() {
        return inquiry && written();
    }

    /** Not removed and the buyer wrote in it. */
    boolean written() {
        return !removed && firstBuyerMessageAt != null;
    }
}
