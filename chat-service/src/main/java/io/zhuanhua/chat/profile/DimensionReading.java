package io.zhuanhua.chat.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where the buyer stands on one dimension, and why.
 *
 * @param pole a pole of {@code dimension}, or UNKNOWN
 * @param confidence in [0,1]; 0 when UNKNOWN
 * @param evidence every piece found for either pole, history first, then in message order: a decided
 *        reading shows what outweighed it, an UNKNOWN one what was too weak or conflicting (often empty)
 * @param strategy the DOMAIN.md strategy for the decided pole; empty when UNKNOWN or when DOMAIN.md
 *        gives none (self-use)
 */
public record DimensionReading(Dimension dimension, Pole pole, double confidence, List<Evidence> evidence,
        String strategy) {

    public DimensionReading {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(strategy, "strategy");
        if (pole != Pole.UNKNOWN && pole.dimension() != dimension) {
            throw new IllegalArgumentException(pole + " is not a pole of " + dimension);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0,1]: " + confidence);
        }
        if (pole == Pole.UNKNOWN && (confidence != 0 || !strategy.isEmpty())) {
            throw new IllegalArgumentException("an UNKNOWN reading has no confidence and no strategy");
        }
        evidence = List.copyOf(evidence);
        for (Evidence e : evidence) {
            if (e.pole().dimension() != dimension) {
                throw new IllegalArgumentException("evidence for " + e.pole() + " on " + dimension);
            }
        }
    }

    public boolean decided() {
        return pole != Pole.UNKNOWN;
    }

    /** The evidence for the decided pole only. */
    public List<Evidence> deciding() {
        return evidence.stream().filter(e -> e.pole() == pole).toList();
    }

    /**
     * The decided pole's evidence in a few words for the agent's sidebar: each distinct match once, with
     * its count when repeated ("哪个~好×3、纠结", "买过2单"); empty when UNKNOWN.
     */
    public String summary() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Evidence e : deciding()) {
            counts.merge(e.matched(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(c -> c.getValue() == 1 ? c.getKey() : c.getKey() + "×" + c.getValue())
                .collect(Collectors.joining("、"));
    }
}
