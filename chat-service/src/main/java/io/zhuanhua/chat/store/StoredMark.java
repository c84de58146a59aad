package io.zhuanhua.chat.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A transfer to a human or a close in a thread. */
@Entity
@Table(name = "thread_mark")
public class StoredMark {
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
    public String kind;
    public Instant at;
    @Column(name = "agent_id")
    public String agentId;
}
