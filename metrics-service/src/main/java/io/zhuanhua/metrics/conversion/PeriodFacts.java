package io.zhuanhua.metrics.conversion;

import java.util.List;

import io.zhuanhua.metrics.consultation.ConsultationEntity;
import io.zhuanhua.metrics.consultation.ConsultationReplyEntity;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot.ReplierRole;

/**
 * The stored facts that attribution over a period needs (what {@link ConversionCalculator} documents):
 * every inquiry whose window reaches into the period, the replies to their buyers, and the orders created
 * from the period's start to the end of its last day's window. Loaded by {@link PeriodFactsLoader}; the
 * rows stay available for reports that read more of them than attribution does (a conversation's analysis
 * facts, a reply's script).
 */
public record PeriodFacts(ShopCalendar calendar, ReportPeriod period, List<ConsultationEntity> inquiries,
        List<ConsultationReplyEntity> replies, List<OrderFact> orders) {

    public PeriodFacts {
        inquiries = List.copyOf(inquiries);
        replies = List.copyOf(replies);
        orders = List.copyOf(orders);
    }

    public List<ConsultationFact> consultationFacts() {
        return inquiries.stream().map(c -> new ConsultationFact(c.conversationId, c.buyerId, c.inquiry, c.removed,
                c.firstBuyerMessageAt)).toList();
    }

    public List<ReplyFact> replyFacts() {
        return replies.stream().map(r -> new ReplyFact(r.conversationId, r.buyerId,
                r.role == ReplierRole.BOT ? Party.BOT : Party.agent(r.agentId), r.sentAt)).toList();
    }
}
