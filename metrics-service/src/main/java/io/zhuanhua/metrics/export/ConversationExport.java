package io.zhuanhua.metrics.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.consultation.ConsultationEntity;
import io.zhuanhua.metrics.consultation.ConsultationReplyEntity;
import io.zhuanhua.metrics.consultation.ConsultationRepository;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot.ReplierRole;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ShopCalendar;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;
import io.zhuanhua.metrics.inquiry.PeriodInquiries;
import io.zhuanhua.metrics.inquiry.StoredConversationFacts;
import io.zhuanhua.metrics.lost.LostInquiry;

/**
 * One row per conversation of a shop whose first buyer message falls in the period, with the outcome of
 * the inquiry it belongs to and, when that buyer was lost, the reason, as the reports decide them
 * ({@link PeriodInquiries}, {@link LostInquiry}), so the export and the reports agree.
 */
@ApplicationScoped
public class ConversationExport {
    private static final int CHUNK_DAYS = 7;

    private final ShopCalendars calendars;
    private final ConsultationRepository consultations;
    private final PeriodInquiries inquiries;

    public ConversationExport(ShopCalendars calendars, ConsultationRepository consultations,
            PeriodInquiries inquiries) {
        this.calendars = calendars;
        this.consultations = consultations;
        this.inquiries = inquiries;
    }

    /**
     * The rows in order, computed a week at a time (each week in a transaction of its own) as the stream is
     * read, so that an export holds one week of a big shop's conversations, not the whole period's. A week's
     * outcomes are those of the whole period: attribution looks past the edges of the period it is asked for.
     */
    public Stream<ConversationRow> rows(String shopId, ReportPeriod period) {
        return period.chunks(CHUNK_DAYS)
                .flatMap(part -> QuarkusTransaction.requiringNew().call(() -> rowsOf(shopId, part)).stream());
    }

    private List<ConversationRow> rowsOf(String shopId, ReportPeriod period) {
        ShopCalendar calendar = calendars.of(shopId);
        Instant from = calendar.startOf(period.start());
        Instant to = calendar.startOf(period.end().plusDays(1));

        Map<String, InquiryOutcome> outcomeByConversation = new HashMap<>();
        Map<InquiryOutcome, LostInquiry> lost = new HashMap<>();
        for (InquiryOutcome outcome : inquiries.of(shopId, period)) {
            outcome.inquiry().conversationIds().forEach(id -> outcomeByConversation.put(id, outcome));
            if (outcome.lost()) {
                lost.put(outcome, LostInquiry.of(outcome));
            }
        }
        Map<String, Set<String>> agentsByConversation = new HashMap<>();
        Map<String, Set<String>> scriptsByConversation = new HashMap<>();
        Set<String> botReplied = new HashSet<>();
        for (ConsultationReplyEntity reply : consultations.repliesOf(shopId, from, to)) {
            if (reply.role == ReplierRole.BOT) {
                botReplied.add(reply.conversationId);
            } else {
                agentsByConversation.computeIfAbsent(reply.conversationId, c -> new LinkedHashSet<>())
                        .add(reply.agentId);
            }
            if (reply.scriptId != null) {
                scriptsByConversation.computeIfAbsent(reply.conversationId, c -> new HashSet<>()).add(reply.scriptId);
            }
        }

        List<ConversationRow> rows = new ArrayList<>();
        for (ConsultationEntity c : consultations.conversations(shopId, from, to)) {
            InquiryOutcome outcome = outcomeByConversation.get(c.conversationId);
            rows.add(new ConversationRow(c.conversationId, c.buyerId, calendar.dayOf(c.firstBuyerMessageAt),
                    List.copyOf(agentsByConversation.getOrDefault(c.conversationId, Set.of())),
                    botReplied.contains(c.conversationId), c.mainCategory, c.inquiry,
                    outcome == null ? null : outcome.ordered(), outcome == null ? null : outcome.paid(),
                    StoredConversationFacts.read(c.conversationId, c.firstBuyerMessageAt, c.facts,
                            scriptsByConversation.getOrDefault(c.conversationId, Set.of())),
                    outcome == null ? null : lost.get(outcome)));
        }
        return rows;
    }
}
