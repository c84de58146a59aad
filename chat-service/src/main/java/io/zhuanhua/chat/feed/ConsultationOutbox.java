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
