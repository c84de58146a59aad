package io.zhuanhua.metrics.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.zhuanhua.metrics.inquiry.InquiryOutcome;

/**
 * How one reply script converts: the inquiries (buyer-days) in whose conversations it was sent at least
 * once, and of those the buyers who ordered in the window and who paid.
 */
public record ScriptEffectiveness(String scriptId, long inquiringBuyers, long orderingBuyers, long payingBuyers) {

    /** ordering / inquiring; 0 without inquiries. */
    public double consultationConversion() {
        return inquiringBuyers == 0 ? 0 : (double) orderingBuyers / inquiringBuyers;
    }

    /**
     * One row per script sent in the inquiries, by script id.
     *
     * @param only these scripts only; empty: every script
     */
    public static List<ScriptEffectiveness> of(Collection<InquiryOutcome> outcomes, Set<String> only) {
        Map<String, long[]> counts = new TreeMap<>();
        for (InquiryOutcome outcome : outcomes) {
            outcome.conversations().stream().flatMap(c -> c.scriptIds().stream()).distinct()
                    .filter(s -> only.isEmpty() || only.contains(s)).forEach(script -> {
                        long[] c = counts.computeIfAbsent(script, k -> new long[3]);
                        c[0]++;
                        c[1] += outcome.ordered() ? 1 : 0;
                        c[2] += outcome.paid() ? 1 : 0;
                    });
        }
        List<ScriptEffectiveness> rows = new ArrayList<>();
        counts.forEach((script, c) -> rows.add(new ScriptEffectiveness(script, c[0], c[1], c[2])));
        return rows;
    }
}
