package io.zhuanhua.chat.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.chat.analysis.CategoryScore;

/** Stores classifier output as "SIZE_FIT:0.92 STOCK:0.61": readable in SQL, one column, no join. */
final class CategoryCodec {
    private CategoryCodec() {
    }

    static String encode(List<CategoryScore> scores) {
        return scores.stream()
                .map(s -> s.category().name() + ":" + String.format(Locale.ROOT, "%.3f", s.confidence()))
                .collect(Collectors.joining(" "));
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
