package io.zhuanhua.chat.feed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.zhuanhua.chat.ingest.ConversationInsight;
import io.zhuanhua.chat.store.StoredConversation;
import io.zhuanhua.kit.trace.TraceParent;

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
        em.createNativeQuery("INSERT INTO consultation_outbox (conversation_id, payload, traceparent)"
                + " VALUES (:id, :payload, :traceparent)").setParameter("id", conversationId)
                .setParameter("payload", snapshot).setParameter("traceparent", TraceParent.current()).executeUpdate();
    }

    /** Pending snapshots (id, payload, traceparent), oldest first, locked for this transaction; other relays skip them. */
    @SuppressWarnings("unchecked")
    public List<Object[]> claim(int limit) {
        return em.createNativeQuery(
                "SELECT id, payload, traceparent FROM consultation_outbox ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .setParameter("limit", limit).getResultList();
    }

    public void delete(List<Long> ids) {
        em.createNativeQuery("DELETE FROM consultation_outbox WHERE id = ANY(:ids)")
                .setParameter("ids", ids.toArray(Long[]::new)).executeUpdate();
    }

    /** How far the feed is behind: rows waiting and the age of the oldest, for metrics. */
    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) FROM consultation_outbox")
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
    }

    public record Backlog(long rows, double oldestAgeSeconds) {
    }

    /** Rows waiting, for health and tests. */
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM consultation_outbox").getSingleResult()).longValue();
    }
}
