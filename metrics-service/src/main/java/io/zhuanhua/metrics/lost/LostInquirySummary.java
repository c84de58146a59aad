package io.zhuanhua.metrics.lost;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;

/**
 * Lost inquiries of a period in aggregate (counts are inquiries, i.e. buyer-days, summed over days): by
 * reason, by team, by responder, and the demand signals, i.e. how many lost buyers asked for a courier the
 * shop does not offer, or were told an item is out of stock (any of their evidence counts, not only the
 * deciding one).
 *
 * @param reasons  most first, ties by signal order, the unknown reason last on a tie
 * @param teams    most first, ties by team order, unknown last on a tie
 * @param agents   by responder (the bot first, then agents by id, then nobody)
 * @param couriers refused couriers, most first, ties by name
 * @param outOfStockItems items out of stock, most first, ties by item id (empty id: the chat showed none)
 */
public record LostInquirySummary(long inquiringBuyers, long lostInquiries, List<Count<Optional<LossSignal>>> reasons,
        List<Count<Optional<Team>>> teams, List<AgentLosses> agents, List<Count<String>> couriers,
        List<Count<String>> outOfStockItems) {

    /** How many lost inquiries a key (reason, team, courier, item) has. */
    public record Count<K>(K key, long lostInquiries) {
        /** This count's share of a total; 0 when the total is 0. */
        public double shareOf(long total) {
            return total == 0 ? 0 : (double) lostInquiries / total;
        }
    }

    /** The lost inquiries a responder served last, with their reasons (ordered as the summary's). */
    public record AgentLosses(Responder responder, long lostInquiries, List<Count<Optional<LossSignal>>> reasons) {
    }

    public static LostInquirySummary of(Collection<InquiryOutcome> outcomes) {
        List<LostInquiry> lost = outcomes.stream().filter(InquiryOutcome::lost).map(LostInquiry::of).toList();
        Map<Responder, List<LostInquiry>> byResponder = new TreeMap<>();
        lost.forEach(l -> byResponder.computeIfAbsent(l.responder(), r -> new ArrayList<>()).add(l));
        List<AgentLosses> agents = byResponder.entrySet().stream()
                .map(e -> new AgentLosses(e.getKey(), e.getValue().size(), reasons(e.getValue()))).toList();
        return new LostInquirySummary(outcomes.size(), lost.size(), reasons(lost),
                counts(lost.stream().map(LostInquiry::team).toList(),
                        Comparator.comparing((Optional<Team> t) -> t.map(Team::ordinal).orElse(Integer.MAX_VALUE))),
                agents, demand(lost, LossSignal.COURIER_NOT_OFFERED), demand(lost, LossSignal.OUT_OF_STOCK));
    }

    private static List<Count<Optional<LossSignal>>> reasons(List<LostInquiry> lost) {
        return counts(lost.stream().map(LostInquiry::reason).toList(), Comparator.comparing(
                (Optional<LossSignal> r) -> r.map(ReasonPrecedence.ORDER::indexOf).orElse(Integer.MAX_VALUE)));
    }

    /** Each lost inquiry counts once per detail, however many conversations showed it. */
    private static List<Count<String>> demand(List<LostInquiry> lost, LossSignal signal) {
        return counts(lost.stream().flatMap(l -> l.details(signal).stream()).toList(), Comparator.naturalOrder());
    }

    private static <K> List<Count<K>> counts(List<K> keys, Comparator<K> tieBreak) {
        Map<K, Long> counted = new HashMap<>();
        keys.forEach(k -> counted.merge(k, 1L, Long::sum));
        return counted.entrySet().stream().map(e -> new Count<>(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong((Count<K> c) -> c.lostInquiries()).reversed()
                        .thenComparing(Count::key, tieBreak))
                .toList();
    }

    /** lost / inquiring; 0 without inquiries. */
    public double lossRate() {
        return inquiringBuyers == 0 ? 0 : (double) lostInquiries / inquiringBuyers;
    }
}
