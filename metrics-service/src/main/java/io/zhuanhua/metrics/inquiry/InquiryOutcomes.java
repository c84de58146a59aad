package io.zhuanhua.metrics.inquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.zhuanhua.metrics.conversion.Attribution;
import io.zhuanhua.metrics.conversion.ConsultationFact;
import io.zhuanhua.metrics.conversion.Inquiry;
import io.zhuanhua.metrics.conversion.OrderFact;
import io.zhuanhua.metrics.conversion.Party;
import io.zhuanhua.metrics.conversion.ReplyFact;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ShopCalendar;

/**
 * What came of each inquiry of a period, by {@link Attribution}'s rules: whether the buyer ordered and paid
 * in the window, who served them, and the analysis facts of its conversations. The facts must be complete
 * for the period as {@link io.zhuanhua.metrics.conversion.ConversionCalculator} documents.
 */
public final class InquiryOutcomes {
    /** As attribution orders replies: a tie on the time is broken by party, never by load order. */
    private static final Comparator<ReplyFact> REPLY_ORDER = Comparator.comparing(ReplyFact::sentAt)
            .thenComparing(ReplyFact::party);

    private InquiryOutcomes() {
    }

    /**
     * The period's inquiries, earliest first buyer message first.
     *
     * @param facts the analysis facts of a conversation by id; null when there are none
     */
    public static List<InquiryOutcome> of(ShopCalendar calendar, ReportPeriod period,
            Collection<ConsultationFact> consultations, Collection<ReplyFact> replies, Collection<OrderFact> orders,
            Function<String, ConversationFacts> facts) {
        Attribution attribution = new Attribution(calendar, consultations, replies);
        Map<String, List<OrderFact>> ordersByBuyer = new HashMap<>();
        orders.forEach(o -> ordersByBuyer.computeIfAbsent(o.buyerId(), b -> new ArrayList<>()).add(o));
        Map<String, List<ReplyFact>> repliesByConversation = new HashMap<>();
        replies.forEach(r -> repliesByConversation.computeIfAbsent(r.conversationId(), c -> new ArrayList<>()).add(r));
        Map<String, Instant> firstBuyerMessages = new HashMap<>();
        consultations.stream().filter(c -> c.firstBuyerMessageAt() != null)
                .forEach(c -> firstBuyerMessages.put(c.conversationId(), c.firstBuyerMessageAt()));

        List<InquiryOutcome> outcomes = new ArrayList<>();
        for (Inquiry inquiry : attribution.inquiries()) {
            if (!period.contains(inquiry.day())) {
                continue;
            }
            List<OrderFact> inWindow = ordersByBuyer.getOrDefault(inquiry.buyerId(), List.of()).stream()
                    .filter(inquiry::covers).toList();
            List<ConversationFacts> conversations = inquiry.conversationIds().stream().map(id -> {
                ConversationFacts known = facts.apply(id);
                return known != null ? known : ConversationFacts.none(id, firstBuyerMessages.get(id));
            }).sorted(Comparator.comparing(ConversationFacts::firstBuyerMessageAt)
                    .thenComparing(ConversationFacts::conversationId)).toList();
            outcomes.add(new InquiryOutcome(inquiry, !inWindow.isEmpty(), inWindow.stream().anyMatch(OrderFact::paid),
                    attribution.servedBy(inquiry), responder(inquiry, repliesByConversation), conversations));
        }
        return outcomes;
    }

    /** The last human agent who replied in the inquiry's conversations, else the bot if it replied. */
    private static Optional<Party> responder(Inquiry inquiry, Map<String, List<ReplyFact>> repliesByConversation) {
        List<ReplyFact> replies = inquiry.conversationIds().stream()
                .flatMap(id -> repliesByConversation.getOrDefault(id, List.of()).stream()).sorted(REPLY_ORDER).toList();
        Optional<Party> lastHuman = replies.stream().map(ReplyFact::party).filter(p -> !p.bot())
                .reduce((first, second) -> second);
        return lastHuman.isPresent() || replies.isEmpty() ? lastHuman : Optional.of(Party.BOT);
    }
}
