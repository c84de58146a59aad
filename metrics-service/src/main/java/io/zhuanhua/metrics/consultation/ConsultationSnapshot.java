package io.zhuanhua.metrics.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A full snapshot of one of chat-service's conversations, as attribution needs it. A removed snapshot is
 * a tombstone: the conversation was merged into another, and its other fields may be empty.
 *
 * @param platform     platform code, null when unknown
 * @param mainCategory question category code, null when not classified
 * @param facts        the snapshot exactly as chat-service sent it (metrics.v1.Consultation bytes): the
 *                     analysis facts that reports read beyond attribution (turns, loss evidence, categories,
 *                     items, customer type) stay with the row that they describe
 */
public record ConsultationSnapshot(String conversationId, long version, boolean removed, String shopId,
        String platform, String buyerId, Instant firstBuyerMessageAt, Instant lastMessageAt, boolean inquiry,
        String mainCategory, List<Reply> replies, Instant transferredAt, byte[] facts) {

    public ConsultationSnapshot {
        replies = List.copyOf(replies);
    }

    /**
     * A reply to the buyer.
     *
     * @param agentId  the agent's id, or the bot's name (may be empty)
     * @param scriptId the reply script it was sent from, null when none
     */
    public record Reply(ReplierRole role, String agentId, Instant sentAt, String scriptId) {
    }

    /** Who sent a reply. */
    public enum ReplierRole {
        AGENT, BOT
    }
}
