package io.zhuanhua.metrics.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest applied snapshot of a conversation, or its tombstone. */
@Entity
@Table(name = "consultation")
public class ConsultationEntity extends PanacheEntityBase {
    @Id
    public String conversationId;
    /** 0 only inside the transaction that first inserts the row (see {@link ConsultationRepository}). */
    public long version;
    public boolean removed;
    public String shopId;
    public String platform;
    public String buyerId;
    public Instant firstBuyerMessageAt;
    public Instant lastMessageAt;
    public boolean inquiry;
    public String mainCategory;
    public Instant transferredAt;
    /** The snapshot as chat-service sent it (see {@link ConsultationSnapshot#facts()}); null for tombstones. */
    public byte[] facts;
}
