package io.zhuanhua.chat.feed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.zhuanhua.chat.ingest.ConversationInsight;
import io.zhuanhua.chat.store.StoredConversation;

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

    /** Queues the snapshot and keeps it on the conversation, so reads show what metrics-service was told. */
    public void publish(StoredConversation c, ConversationInsight insight) {
        c.snapshot = ConsultationSnapshots.of(c, insight).toByteArray();
        insert(c.id, c.snapshot);
    }

    public void publishRemoval(StoredConversation c, long version) {
        insert(c.id, ConsultationSnapshots.removal(c, version).toByteArray());
    }

    private void insert(UUID conversationId, byte[] snapshot) {
        em.createNativeQuery("INSERT INTO consultation_outbox (conversation_id, payload) VALUES (:id, :payload)")
                .setParameter("id", conversationId).setParameter("payload", snapshot).executeUpdate();
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
}
