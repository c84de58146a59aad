package io.zhuanhua.metrics.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot.ReplierRole;

/** A reply of a conversation's current version, with the conversation's shop and buyer for lookups. */
@Entity
@Table(name = "consultation_reply")
public class ConsultationReplyEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "consultation_reply_seq", sequenceName = "consultation_reply_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_reply_seq")
    public Long id;
    public String conversationId;
    public String shopId;
    public String buyerId;
    @Enumerated(EnumType.STRING)
    public ReplierRole role;
    public String agentId;
    public Instant sentAt;
    public String scriptId;
}
