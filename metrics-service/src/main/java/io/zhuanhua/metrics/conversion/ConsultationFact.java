package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.util.Objects;

/**
 * What attribution needs of a conversation. It makes an inquiry if it is pre-sale, not removed and the
 * buyer has written in it.
 *
 * @param firstBuyerMessageAt null when the buyer has not written
 */
public record ConsultationFact(String conversationId, String buyerId, boolean inquiry, boolean removed,
        Instant firstBuyerMessageAt) {

    public ConsultationFact {
        Objects.requireNonNull(conversationId, "conversationId");
    }

    boolean makesInquiry() {
        return inquiry && !removed && firstBuyerMessageAt != null;
    }
}
