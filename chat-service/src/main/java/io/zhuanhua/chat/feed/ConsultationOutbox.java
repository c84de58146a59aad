package io.zhuanhua.chat.feed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The outbox table of consultation snapshots, filled by the conversation shaper in the transaction that
 * changed the conversation, so a fact exists exactly when its cause committed. {@link ConsultationRelay}
 * delivers them.
 */
@ApplicationScoped
public class ConsultationOutbox {
    private final EntityManager em;

    public ConsultationOutbox(EntityManager em) {
        this.em = em;
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
