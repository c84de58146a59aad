package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.util.Objects;

/** A reply of an agent or the bot to a buyer, in one of the shop's conversations. */
public record ReplyFact(String conversationId, String buyerId, Party party, Instant sentAt) {

    public ReplyFact {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
