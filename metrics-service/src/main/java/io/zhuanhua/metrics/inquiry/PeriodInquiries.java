package io.zhuanhua.metrics.inquiry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.metrics.consultation.ConsultationEntity;
import io.zhuanhua.metrics.consultation.ConsultationReplyEntity;
import io.zhuanhua.metrics.conversion.PeriodFacts;
import io.zhuanhua.metrics.conversion.PeriodFactsLoader;
import io.zhuanhua.metrics.conversion.ReportPeriod;

/** The outcomes of a shop's inquiries of a period, from the stored facts; call it inside a transaction. */
@ApplicationScoped
public class PeriodInquiries {
    private final PeriodFactsLoader loader;

    public PeriodInquiries(PeriodFactsLoader loader) {
        this.loader = loader;
    }

    public List<InquiryOutcome> of(String shopId, ReportPeriod period) {
        PeriodFacts facts = loader.load(shopId, period);
        Map<String, Set<String>> scripts = new HashMap<>();
        for (ConsultationReplyEntity reply : facts.replies()) {
            if (reply.scriptId != null) {
                scripts.computeIfAbsent(reply.conversationId, c -> new HashSet<>()).add(reply.scriptId);
            }
        }
        Map<String, ConsultationEntity> byId = new HashMap<>();
        facts.inquiries().forEach(c -> byId.put(c.conversationId, c));
        // Only the conversations of the period's inquiries are read: those before it only cover orders.
        return InquiryOutcomes.of(facts.calendar(), period, facts.consultationFacts(), facts.replyFacts(),
                facts.orders(), id -> {
                    ConsultationEntity c = byId.get(id);
                    return c == null ? null : StoredConversationFacts.read(id, c.firstBuyerMessageAt, c.facts,
                            scripts.getOrDefault(id, Set.of()));
                });
    }
}
