package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attribution rules of DOMAIN.md over a set of facts: which inquiries there are, which inquiries
 * cover an order, who served an inquiry, and whom an order belongs to. Facts may have arrived in any
 * order; nothing here depends on it.
 */
public final class Attribution {
    private static final Comparator<Inquiry> BY_TIME = Comparator.comparing(Inquiry::firstBuyerMessageAt)
            .thenComparing(Inquiry::buyerId);
    /** Ties on the sending time are broken by party so that the outcome never depends on load order. */
    private static final Comparator<ReplyFact> REPLY_ORDER = Comparator.comparing(ReplyFact::sentAt)
            .thenComparing(ReplyFact::party);

    private final List<Inquiry> inquiries;
    private final Map<String, List<Inquiry>> inquiriesByBuyer = new HashMap<>();
    private final Map<String, List<ReplyFact>> repliesByBuyer = new HashMap<>();
    private final Map<String, Set<Party>> partiesByConversation = new HashMap<>();

    /**
     * @param consultations the shop's conversations (removed and after-sale ones are ignored as inquiries)
     * @param replies       replies to the buyers in any of the shop's conversations; those of removed
     *                      conversations are ignored
     */
    public Attribution(ShopCalendar calendar, Collection<ConsultationFact> consultations,
            Collection<ReplyFact> replies) {
        this.inquiries = inquiriesOf(calendar, consultations);
        for (Inquiry inquiry : inquiries) {
            inquiriesByBuyer.computeIfAbsent(inquiry.buyerId(), b -> new ArrayList<>()).add(inquiry);
        }
        Set<String> removed = new HashSet<>();
        consultations.stream().filter(ConsultationFact::removed).forEach(c -> removed.add(c.conversationId()));
        for (ReplyFact reply : replies) {
            if (removed.contains(reply.conversationId())) {
                continue;
            }
            repliesByBuyer.computeIfAbsent(reply.buyerId(), b -> new ArrayList<>()).add(reply);
            partiesByConversation.computeIfAbsent(reply.conversationId(), c -> new TreeSet<>()).add(reply.party());
        }
        repliesByBuyer.values().forEach(list -> list.sort(REPLY_ORDER));
    }

    /** A buyer's conversations of one day make one inquiry, starting at the earliest first buyer message. */
    private static List<Inquiry> inquiriesOf(ShopCalendar calendar, Collection<ConsultationFact> consultations) {
        record Key(String buyerId, LocalDate day) {
        }
        Map<Key, List<ConsultationFact>> byBuyerAndDay = new HashMap<>();
        for (ConsultationFact consultation : consultations) {
            if (consultation.makesInquiry()) {
                Key key = new Key(consultation.buyerId(), calendar.dayOf(consultation.firstBuyerMessageAt()));
                byBuyerAndDay.computeIfAbsent(key, k -> new ArrayList<>()).add(consultation);
            }
        }
        List<Inquiry> result = new ArrayList<>();
        byBuyerAndDay.forEach((key, conversations) -> {
            Set<String> ids = new LinkedHashSet<>();
            conversations.forEach(c -> ids.add(c.conversationId()));
            result.add(new Inquiry(key.buyerId(), key.day(),
                    conversations.stream().map(ConsultationFact::firstBuyerMessageAt).min(Comparator.naturalOrder())
                            .orElseThrow(),
                    calendar.windowEnd(key.day()), ids));
        });
        result.sort(BY_TIME);
        return List.copyOf(result);
    }

    /** All inquiries, earliest first. */
    public List<Inquiry> inquiries() {
        return inquiries;
    }

    /** The inquiries whose window covers the order, earliest first; empty for a silent order. */
    public List<Inquiry> covering(OrderFact order) {
        return inquiriesByBuyer.getOrDefault(order.buyerId(), List.of()).stream().filter(i -> i.covers(order))
                .toList();
    }

    /** The agents and the bot who replied in the inquiry's conversations. */
    public Set<Party> servedBy(Inquiry inquiry) {
        Set<Party> parties = new TreeSet<>();
        inquiry.conversationIds()
                .forEach(id -> parties.addAll(partiesByConversation.getOrDefault(id, Set.of())));
        return parties;
    }

    /**
     * The last human agent who replied to the buyer, in any conversation, before the order was created and
     * within a window covering the order (at or after the covering inquiry's first buyer message); the bot
     * if only the bot replied there; nobody if nobody did; silent if no window covers the order.
     */
    public OrderAttribution attribute(OrderFact order) {
        List<Inquiry> covering = covering(order);
        if (covering.isEmpty()) {
            return OrderAttribution.SILENT;
        }
        // The union of the covering windows, up to the order, starts at the earliest first buyer message.
        Instant from = covering.get(0).firstBuyerMessageAt();
        Party lastAgent = null;
        boolean botReplied = false;
        for (ReplyFact reply : repliesByBuyer.getOrDefault(order.buyerId(), List.of())) {
            if (!reply.sentAt().isBefore(order.createdAt())) {
                break;
            }
            if (reply.sentAt().isBefore(from)) {
                continue;
            }
            if (reply.party().bot()) {
                botReplied = true;
            } else {
                lastAgent = reply.party();
            }
        }
        if (lastAgent != null) {
            return OrderAttribution.to(lastAgent);
        }
        return botReplied ? OrderAttribution.to(Party.BOT) : OrderAttribution.UNANSWERED;
    }
}
