package io.zhuanhua.chat.store;

import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.chat.analysis.CategoryScore;

/** Stores classifier output as "SIZE_FIT:0.92 STOCK:0.61": readable in SQL, one column, no join. */
final class CategoryCodec {
    private CategoryCodec() {
    }

    static String encode(List<CategoryScore> scores) {
        StringBuilder out = new StringBuilder(scores.size() * 16);
        for (CategoryScore s : scores) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            // three decimals, as %.3f would write them at a fraction of its cost (this runs for every message)
            long thousandths = Math.round(s.confidence() * 1000);
            String fraction = Long.toString(thousandths % 1000);
            out.append(s.category().name()).append(':').append(thousandths / 1000).append('.')
                    .append("000", 0, 3 - fraction.length()).append(fraction);
        }
        return out.toString();
    }

    static List<CategoryScore> decode(String stored) {
        List<CategoryScore> scores = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return scores;
        }
        for (String part : stored.trim().split(" ")) {
            int colon = part.indexOf(':');
            scores.add(new CategoryScore(Category.valueOf(part.substring(0, colon)),
                    Double.parseDouble(part.substring(colon + 1))));
        }
        return scores;
    }
}
