package io.zhuanhua.chat.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.google.protobuf.Timestamp;

import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.store.StoredConversation;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.Reply;

/**
 * Writes consultation snapshots into the outbox table in the caller's transaction, so a fact exists exactly
 * when the change that caused it committed. {@link ConsultationRelay} delivers them.
 */
@ApplicationScoped
public class ConsultationOutbox {
    private final EntityManager em;

    public ConsultationOutbox(EntityManager em) {
        this.em = em;
    }

    public void publish(StoredConversation c, ConversationFacts facts) {
        Consultation.Builder b = Consultation.newBuilder().setConversationId(c.id.toString())
                .setVersion(c.factsVersion).setShopId(c.shopId).setPlatform(Platform.valueOf("PLATFORM_" + c.platform))
                .setBuyerId(c.buyerId).setLastMessageAt(timestamp(facts.lastMessageAt())).setInquiry(facts.inquiry());
        if (facts.firstBuyerMessageAt() != null) {
            b.setFirstBuyerMessageAt(timestamp(facts.firstBuyerMessageAt()));
        }
        if (facts.mainCategory() != null) {
            b.setMainCategory(QuestionCategory.forNumber(facts.mainCategory().number()));
        }
        if (facts.transferredAt() != null) {
            b.setTransferredAt(timestamp(facts.transferredAt()));
        }
        for (ConversationFacts.Reply r : facts.replies()) {
            b.addReplies(Reply.newBuilder().setRole(r.sender() == Sender.AGENT ? Role.ROLE_AGENT : Role.ROLE_BOT)
                    .setAgentId(r.agentId()).setSentAt(timestamp(r.at())));
        }
        insert(c.id, b.build());
    }

    public void publishRemoval(StoredConversation c, long version) {
        insert(c.id, Consultation.newBuilder().setConversationId(c.id.toString()).setVersion(version).setRemoved(true)
                .setShopId(c.shopId).build());
    }

    private void insert(UUID conversationId, Consultation snapshot) {
        em.createNativeQuery("INSERT INTO consultation_outbox (conversation_id, payload) VALUES (:id, :payload)")
                .setParameter("id", conversationId).setParameter("payload", snapshot.toByteArray()).executeUpdate();
    }

    /** Pending snapshots, oldest first, locked for this transaction; other relays skip them. */
    @SuppressWarnings("unchecked")
    public List<Object[]> claim(int limit) {
        return em.createNativeQuery(
                "SELECT id, payload FROM consultation_outbox ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .setParameter("limit", limit).getResultList();
    }

    public void delete(List<Long> ids) {
        em.createNativeQuery("DELETE FROM consultation_outbox WHERE id = ANY(:ids)")
                .setParameter("ids", ids.toArray(Long[]::new)).executeUpdate();
    }

    /** Rows waiting, for health and tests. */
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM consultation_outbox").getSingleResult()).longValue();
    }

    static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
