package io.zhuanhua.metrics.inquiry;

import java.time.Instant;
import java.util.Objects;

import io.zhuanhua.kit.taxonomy.LossSignal;

/**
 * One piece of evidence chat-service found of why a buyer may not order, and where.
 *
 * @param buyerQuote     the decisive buyer words; empty when none
 * @param replyQuote     the decisive reply words; empty when none
 * @param detail         what the signal documents (the courier, the item id, the wait); empty when none
 * @param at             when it happened; null when chat-service gave no time
 * @param conversationId the conversation it was found in
 */
public record LossEvidence(LossSignal signal, String buyerQuote, String replyQuote, String detail, Instant at,
        String conversationId) {

    public LossEvidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(buyerQuote, "buyerQuote");
        Objects.requireNonNull(replyQuote, "replyQuote");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
