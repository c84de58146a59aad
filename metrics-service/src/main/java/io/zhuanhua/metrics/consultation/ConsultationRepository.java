package io.zhuanhua.metrics.consultation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<ConsultationEntity, String> {
    /**
     * The conversation, created as an empty version 0 if unknown, locked until the transaction ends so that
     * concurrent snapshots of one conversation apply one after the other.
     */
    public ConsultationEntity lockOrCreate(String conversationId) {
        getEntityManager().createNativeQuery("""
                insert into consultation (conversation_id, version, removed, inquiry) values (?1, 0, false, false)
                on conflict (conversation_id) do nothing""")
                .setParameter(1, conversationId).executeUpdate();
        return findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
    }

    public void replaceReplies(ConsultationEntity conversation, List<ConsultationReplyEntity> replies) {
        ConsultationReplyEntity.delete("conversationId", conversation.conversationId);
        replies.forEach(reply -> reply.persist());
    }
}
