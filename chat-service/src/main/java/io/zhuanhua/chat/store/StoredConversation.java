package io.zhuanhua.chat.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.zhuanhua.chat.conversation.ConversationFacts;

/** A conversation and the facts last computed for it. */
@Entity
@Table(name = "conversation")
public class StoredConversation {
    @Id
    public UUID id;
    @Column(name = "shop_id")
    public String shopId;
    public String platform;
    @Column(name = "thread_key")
    public String threadKey;
    @Column(name = "buyer_id")
    public String buyerId;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "last_message_at")
    public Instant lastMessageAt;
    @Column(name = "first_buyer_message_at")
    public Instant firstBuyerMessageAt;
    @Column(name = "main_category")
    public String mainCategory;
    public boolean inquiry;
    /** Human agent ids in order of first reply, one per line (ids never hold control characters). */
    @Column(name = "agent_ids")
    public String agentIds;
    @Column(name = "bot_replied")
    public boolean botReplied;
    @Column(name = "transferred_at")
    public Instant transferredAt;
    @Column(name = "bot_first_response_ms")
    public Long botFirstResponseMs;
    @Column(name = "human_first_response_ms")
    public Long humanFirstResponseMs;
    public boolean closed;
    @Column(name = "message_count")
    public int messageCount;
    /**
     * Its first and last message: the conversation holds the thread's messages from the first to the last in
     * (sent_at, id) order, the order they are split in.
     */
    @Column(name = "first_message_id")
    public long firstMessageId;
    @Column(name = "last_message_id")
    public long lastMessageId;
    @Column(name = "facts_version")
    public long factsVersion;
    /** The last relayed consultation snapshot (protobuf). */
    public byte[] snapshot;

    /** Copies the facts and the range of messages in; returns whether anything changed. */
    public boolean apply(ConversationFacts f, long firstMessage, long lastMessage) {
        Object[] before = state();
        firstMessageId = firstMessage;
        lastMessageId = lastMessage;
        startedAt = f.startedAt();
        lastMessageAt = f.lastMessageAt();
        firstBuyerMessageAt = f.firstBuyerMessageAt();
        mainCategory = f.mainCategory() == null ? null : f.mainCategory().name();
        inquiry = f.inquiry();
        agentIds = String.join("\n", f.agentIds());
        botReplied = f.botReplied();
        transferredAt = f.transferredAt();
        botFirstResponseMs = millis(f.botFirstResponse());
        humanFirstResponseMs = millis(f.humanFirstResponse());
        closed = f.closed();
        messageCount = f.messageCount();
        return !Arrays.equals(before, state());
    }

    /** Whether the message lies in this conversation's range of its thread (it must be of the same thread). */
    public boolean holds(StoredMessage m) {
        int fromFirst = m.sentAt.compareTo(startedAt);
        int toLast = m.sentAt.compareTo(lastMessageAt);
        return (fromFirst > 0 || fromFirst == 0 && m.id >= firstMessageId)
                && (toLast < 0 || toLast == 0 && m.id <= lastMessageId);
    }

    public List<String> agentIdList() {
        return agentIds == null || agentIds.isEmpty() ? List.of() : List.of(agentIds.split("\n"));
    }

    private Object[] state() {
        return new Object[] { startedAt, lastMessageAt, firstBuyerMessageAt, mainCategory, inquiry, agentIds, botReplied,
                transferredAt, botFirstResponseMs, humanFirstResponseMs, closed, messageCount, firstMessageId,
                lastMessageId };
    }

    private static Long millis(Duration d) {
        return d == null ? null : d.toMillis();
    }
}
