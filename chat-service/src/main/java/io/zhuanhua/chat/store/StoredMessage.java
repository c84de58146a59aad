package io.zhuanhua.chat.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A chat message as ingested, with its classification. */
@Entity
@Table(name = "chat_message")
public class StoredMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "shop_id")
    public String shopId;
    public String platform;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "thread_key")
    public String threadKey;
    @Column(name = "buyer_id")
    public String buyerId;
    public String sender;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "sent_at")
    public Instant sentAt;
    public String body;
    @Column(name = "item_id")
    public String itemId;
    @Column(name = "after_sale")
    public boolean afterSale;
    @Column(name = "attachment_kinds")
    public String attachmentKinds;
    public String categories;
    /** See RiskCodec. */
    public String risks;
    /** The reply script it was sent from; empty if none. */
    @Column(name = "script_id")
    public String scriptId;
    /** The trace of the ingest call that stored it; null when tracing was off. */
    public String traceparent;
    @Column(name = "received_at", insertable = false, updatable = false)
    public Instant receivedAt;
}
