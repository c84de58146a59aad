package io.zhuanhua.metrics.inquiry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.zhuanhua.metrics.conversion.Inquiry;
import io.zhuanhua.metrics.conversion.Party;

/**
 * One inquiry of a period (a buyer and shop-local day, DOMAIN.md) with what came of it.
 *
 * @param ordered       the buyer created an order in the inquiry's window
 * @param paid          one of those orders was paid
 * @param servedBy      the agents and the bot who replied in the inquiry's conversations
 * @param responder     who served the buyer last: the last human agent who replied in the inquiry's
 *                      conversations, else the bot if it replied, else empty
 * @param conversations the inquiry's conversations, earliest first buyer message first
 */
public record InquiryOutcome(Inquiry inquiry, boolean ordered, boolean paid, Set<Party> servedBy,
        Optional<Party> responder, List<ConversationFacts> conversations) {

    public InquiryOutcome {
        servedBy = Set.copyOf(servedBy);
        conversations = List.copyOf(conversations);
    }

    /** An inquiring buyer who did not order in the window (询单流失). */
    public boolean lost() {
        return !ordered;
    }

    /** The human agents who replied, by id. */
    public SortedSet<String> agentIds() {
        SortedSet<String> ids = new TreeSet<>();
        servedBy.stream().filter(p -> !p.bot()).forEach(p -> ids.add(p.agentId()));
        return ids;
    }
}
