package io.zhuanhua.metrics.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<ConsultationEntity, String> {
    /** Pre-sale, not removed conversations of shop ?1 with a first buyer message in [?2, ?3). */
    private static final String INQUIRY_FILTER = "shopId = ?1 and inquiry = true and removed = false"
            + " and firstBuyerMessageAt >= ?2 and firstBuyerMessageAt < ?3";
    /** Live conversations of shop ?1 with a first buyer message in [?2, ?3), inquiries or not. */
    private static final String CONVERSATION_FILTER = "shopId = ?1 and removed = false"
            + " and firstBuyerMessageAt >= ?2 and firstBuyerMessageAt < ?3";

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

    /** Pre-sale, not removed conversations of a shop whose first buyer message lies in [from, to). */
    public List<ConsultationEntity> inquiries(String shopId, Instant from, Instant to) {
        return list(INQUIRY_FILTER, shopId, from, to);
    }

    /**
     * Live conversations of a shop, pre-sale and after-sale, whose first buyer message lies in [from, to), in
     * that order (index consultation_live_time).
     */
    public List<ConsultationEntity> conversations(String shopId, Instant from, Instant to) {
        return list(CONVERSATION_FILTER + " order by firstBuyerMessageAt, conversationId", shopId, from, to);
    }

    /** The replies of {@link #conversations}, in sending order. */
    public List<ConsultationReplyEntity> repliesOf(String shopId, Instant from, Instant to) {
        return ConsultationReplyEntity.list("shopId = ?1 and conversationId in (select conversationId"
                + " from ConsultationEntity where " + CONVERSATION_FILTER + ") order by sentAt", shopId, from, to);
    }

    /**
     * The replies attribution needs for the inquiries of [inquiriesFrom, inquiriesTo): every reply to their
     * buyers in any conversation of the shop sent in [inquiriesFrom, repliesTo) (index
     * consultation_reply_buyer_time), and the replies of those inquiries' conversations sent outside that
     * span (index consultation_reply_conversation). Removed conversations have no replies left.
     */
    public List<ConsultationReplyEntity> repliesForInquiries(String shopId, Instant inquiriesFrom,
            Instant inquiriesTo, Instant repliesTo) {
        String inquiries = " from ConsultationEntity where " + INQUIRY_FILTER;
        List<ConsultationReplyEntity> replies = new ArrayList<>(ConsultationReplyEntity.list(
                "shopId = ?1 and sentAt >= ?2 and sentAt < ?4 and buyerId in (select buyerId" + inquiries + ")",
                shopId, inquiriesFrom, inquiriesTo, repliesTo));
        replies.addAll(ConsultationReplyEntity.list(
                "shopId = ?1 and conversationId in (select conversationId" + inquiries + ")"
                        + " and (sentAt < ?2 or sentAt >= ?4)",
                shopId, inquiriesFrom, inquiriesTo, repliesTo));
        return replies;
    }
}
