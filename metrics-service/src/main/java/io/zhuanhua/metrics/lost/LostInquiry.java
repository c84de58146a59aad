package io.zhuanhua.metrics.lost;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;
import io.zhuanhua.metrics.inquiry.ConversationFacts;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;
import io.zhuanhua.metrics.inquiry.LossEvidence;

/**
 * An inquiring buyer of one day who did not order in the window, with the reason and the conversations
 * behind it.
 *
 * @param evidence        every piece of loss evidence of the inquiry's conversations in
 *                        {@link ReasonPrecedence} order: the first decides the reason; empty when unknown
 * @param agentIds        every human agent who replied in its conversations
 * @param conversationIds its conversations, earliest first
 */
public record LostInquiry(String buyerId, LocalDate day, Instant firstBuyerMessageAt, List<LossEvidence> evidence,
        Responder responder, SortedSet<String> agentIds, List<String> conversationIds) {

    public LostInquiry {
        evidence = List.copyOf(evidence);
        agentIds = Collections.unmodifiableSortedSet(new TreeSet<>(agentIds));
        conversationIds = List.copyOf(conversationIds);
    }

    /** The lost inquiry behind a lost outcome. */
    public static LostInquiry of(InquiryOutcome outcome) {
        if (!outcome.lost()) {
            throw new IllegalArgumentException("the buyer ordered");
        }
        return new LostInquiry(outcome.inquiry().buyerId(), outcome.inquiry().day(),
                outcome.inquiry().firstBuyerMessageAt(),
                ReasonPrecedence.sort(outcome.conversations().stream().flatMap(c -> c.lossEvidence().stream()).toList()),
                Responder.of(outcome.responder()), outcome.agentIds(),
                outcome.conversations().stream().map(ConversationFacts::conversationId).toList());
    }

    /** The deciding signal; empty when the reason is unknown. */
    public Optional<LossSignal> reason() {
        return evidence.isEmpty() ? Optional.empty() : Optional.of(evidence.get(0).signal());
    }

    /** The team the reason goes to; empty when the reason is unknown. */
    public Optional<Team> team() {
        return reason().map(LossSignal::team);
    }

    /** The details of every piece of evidence of the signal, each once (couriers refused, items out of stock). */
    public List<String> details(LossSignal signal) {
        return evidence.stream().filter(e -> e.signal() == signal).map(LossEvidence::detail).distinct().toList();
    }
}
