package io.zhuanhua.scripts.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ScriptContent;

/**
 * Orders the replies for a buyer's question. Until reply outcomes are measured the ranking is structural:
 * <ul>
 * <li>the shop's own scripts score in (0.5, 1], the default playbook in (0, 0.5], so a shop's wording always
 * comes before ours, and the defaults still fill the list when the shop has few scripts;</li>
 * <li>a script's first variant is its main wording; each later variant scores {@value #VARIANT_STEP} less, so
 * the top of the list shows the first variant of several scripts before the second variant of any;</li>
 * <li>equal scores are ordered by script id, so the answer is the same on every call.</li>
 * </ul>
 */
public final class SuggestionRanking {
    static final double SHOP_TOP = 1.0;
    static final double DEFAULT_TOP = 0.5;
    /** Small enough that 20 variants (the maximum) stay inside their source's score range. */
    static final double VARIANT_STEP = 0.02;
    static final String DEFAULT_ID_PREFIX = "default:";

    private static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingDouble(Suggestion::score)
            .reversed().thenComparing(Suggestion::scriptId);

    private SuggestionRanking() {
    }

    /**
     * The best {@code limit} replies for the category and language: the shop's scripts that match both,
     * then the variants of the default playbook script for the category, if there is one in that language.
     */
    public static List<Suggestion> rank(Category category, String language, List<ReplyScript> shopScripts,
            Optional<ScriptContent> defaultScript, int limit) {
        List<ReplyScript> own = shopScripts.stream()
                .filter(s -> s.content().category() == category && s.content().language().equals(language))
                .toList();
        List<Suggestion> candidates = new ArrayList<>();
        for (ReplyScript script : own) {
            List<String> variants = script.content().variants();
            for (int i = 0; i < variants.size(); i++) {
                candidates.add(new Suggestion(script.id().toString(), variants.get(i), score(SHOP_TOP, i),
                        "shop script \"" + script.content().title() + "\" for " + category
                                + variantOf(i, variants.size()),
                        false));
            }
        }
        defaultScript.filter(d -> d.category() == category && d.language().equals(language)).ifPresent(d -> {
            String source = own.isEmpty()
                    ? "default playbook for " + category + " (the shop has no " + language + " script for it yet)"
                    : "default playbook for " + category + ", after the shop's own scripts";
            for (int i = 0; i < d.variants().size(); i++) {
                candidates.add(new Suggestion(DEFAULT_ID_PREFIX + category + ":" + (i + 1), d.variants().get(i),
                        score(DEFAULT_TOP, i), source + variantOf(i, d.variants().size()), true));
            }
        });
        return candidates.stream().sorted(BEST_FIRST).limit(limit).toList();
    }

    private static double score(double top, int variantIndex) {
        return top - VARIANT_STEP * variantIndex;
    }

    private static String variantOf(int index, int count) {
        return ", variant " + (index + 1) + " of " + count;
    }
}
