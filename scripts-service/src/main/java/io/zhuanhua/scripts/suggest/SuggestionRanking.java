package io.zhuanhua.scripts.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;
import io.zhuanhua.scripts.playbook.Variables;

/**
 * Orders the replies for a buyer's question. Every wording of every candidate script that fits the chat (see
 * {@link ChatContext#fits}) and whose variables can all be filled is a suggestion; the rest are left out.
 * Suggestions are ordered by, in turn:
 * <ol>
 * <li>source: the shop's own scripts before the default playbook, so a shop's wording always comes first and
 * the defaults still fill the list;</li>
 * <li>fit: how much of the script is about this chat, one point for each customer pole it asks for, for an
 * item, SKU or platform scope, and for each variable filled with the shop's facts (a concrete answer beats a
 * generic one);</li>
 * <li>the wording's position in its script: the first variants of several scripts before the second of any;</li>
 * <li>measured effectiveness: the script's consultation conversion from metrics-service, when measured;</li>
 * <li>script id, so the answer is the same on every call.</li>
 * </ol>
 * The score encodes that order in [0, 1]: source 0.5, fit {@value #FIT_STEP} a point (up to
 * {@value #MAX_FIT}), position {@value #VARIANT_STEP} a place, effectiveness below one place.
 */
public final class SuggestionRanking {
    static final double SOURCE_STEP = 0.5;
    static final int MAX_FIT = 10;
    static final double FIT_STEP = 0.04;
    static final double VARIANT_STEP = 0.0019;
    static final double EFFECTIVENESS_WEIGHT = 0.0015;
    static final String DEFAULT_ID_PREFIX = "default:";

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparing((Ranked r) -> !r.shop)
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.fit).reversed())
            .thenComparingInt(r -> r.variant)
            .thenComparing(Comparator.comparingDouble((Ranked r) -> r.conversion).reversed())
            .thenComparing(r -> r.suggestion.scriptId());

    private SuggestionRanking() {
    }

    /**
     * A script that may answer: a shop script (its id) or a default playbook script (its key, e.g.
     * "BARGAIN:price-sensitive").
     */
    public record Candidate(String id, ScriptContent content, boolean defaultPlaybook) {
    }

    private record Ranked(Suggestion suggestion, boolean shop, int fit, int variant, double conversion) {
    }

    /** The best {@code limit} filled replies. */
    public static List<Suggestion> rank(List<Candidate> candidates, ChatContext chat, Facts facts,
            Function<String, Optional<Effectiveness.Measured>> effectiveness, int limit) {
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ScriptContent content = candidate.content();
            if (!chat.fits(content)) {
                continue;
            }
            ScriptScope scope = content.scope();
            int scopeFit = scope.customerPoles().size() + (scope.itemIds().isEmpty() ? 0 : 1)
                    + (scope.skuIds().isEmpty() ? 0 : 1) + (scope.platforms().isEmpty() ? 0 : 1);
            Optional<Effectiveness.Measured> measured = candidate.defaultPlaybook() ? Optional.empty()
                    : effectiveness.apply(candidate.id());
            List<String> variants = content.variants();
            for (int i = 0; i < variants.size(); i++) {
                Optional<Variables.Filled> filled = Variables.fill(variants.get(i), facts.values());
                if (filled.isEmpty()) {
                    continue;
                }
                int fit = Math.min(MAX_FIT, scopeFit + filled.get().values().size());
                double conversion = measured.map(Effectiveness.Measured::conversion).orElse(0.0);
                double score = (candidate.defaultPlaybook() ? 0 : SOURCE_STEP) + fit * FIT_STEP
                        + (ScriptContent.MAX_VARIANTS - i) * VARIANT_STEP + conversion * EFFECTIVENESS_WEIGHT;
                String id = candidate.defaultPlaybook() ? DEFAULT_ID_PREFIX + candidate.id() + ":" + (i + 1)
                        : candidate.id();
                ranked.add(new Ranked(new Suggestion(id, filled.get().text(), score,
                        reason(candidate, i, filled.get(), facts, measured), candidate.defaultPlaybook(),
                        filled.get().values()), !candidate.defaultPlaybook(), fit, i, conversion));
            }
        }
        return ranked.stream().sorted(BEST_FIRST).limit(limit).map(Ranked::suggestion).toList();
    }

    private static String reason(Candidate candidate, int variant, Variables.Filled filled, Facts facts,
            Optional<Effectiveness.Measured> measured) {
        ScriptContent content = candidate.content();
        ScriptScope scope = content.scope();
        StringBuilder reason = new StringBuilder(candidate.defaultPlaybook() ? "default playbook" : "shop script")
                .append(" \"").append(content.title()).append("\" for ").append(content.topic())
                .append(", variant ").append(variant + 1).append(" of ").append(content.variants().size());
        if (!scope.customerPoles().isEmpty()) {
            reason.append("; fits ").append(scope.customerPoles().stream().map(CustomerPole::chinese)
                    .collect(Collectors.joining("、"))).append(" buyers");
        }
        if (!scope.itemIds().isEmpty()) {
            reason.append("; written for this item");
        }
        if (!scope.skuIds().isEmpty()) {
            reason.append("; written for this SKU");
        }
        if (!scope.platforms().isEmpty()) {
            reason.append("; written for this platform");
        }
        Map<String, String> values = filled.values();
        if (!values.isEmpty()) {
            reason.append("; filled ").append(String.join(", ", values.keySet()));
        }
        if (values.containsKey("size")) {
            facts.sizeReason().ifPresent(why -> reason.append("; size advice: ").append(why));
        }
        if (!candidate.defaultPlaybook()) {
            reason.append(measured.map(m -> String.format("; converts %.0f%% of %d inquiries", m.conversion() * 100,
                    m.inquiries())).orElse("; effectiveness not measured yet"));
        }
        return reason.toString();
    }
}
