package io.zhuanhua.metrics.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * The question shares of a scope (the shop, or one product) and their Pareto.
 *
 * @param inquiries        the scope's inquiries
 * @param askingInquiries  those that asked at least one real question
 * @param categories       largest share first, ties by category order; only categories someone asked
 */
public record QuestionShares(long inquiries, long askingInquiries, List<CategoryShare> categories) {
    /** DOMAIN.md's rule of thumb: the few categories that make 80% of the questions. */
    private static final int PARETO_PERCENT = 80;

    public QuestionShares {
        categories = List.copyOf(categories);
    }

    /** What one inquiry asked within the scope, and whether the buyer was lost. */
    public record Asked(Set<Category> categories, boolean lost) {
    }

    /** Shares of the real questions (not the codes that only steer the chat) the inquiries asked. */
    public static QuestionShares of(Collection<Asked> inquiries) {
        Map<Category, long[]> counts = new EnumMap<>(Category.class);
        long asking = 0;
        for (Asked inquiry : inquiries) {
            List<Category> questions = inquiry.categories().stream().filter(Category::realQuestion).toList();
            if (!questions.isEmpty()) {
                asking++;
            }
            for (Category category : questions) {
                long[] c = counts.computeIfAbsent(category, k -> new long[2]);
                c[0]++;
                if (inquiry.lost()) {
                    c[1]++;
                }
            }
        }
        long mentions = counts.values().stream().mapToLong(c -> c[0]).sum();
        List<Map.Entry<Category, long[]>> ranked = counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Category, long[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<CategoryShare> shares = new ArrayList<>();
        long before = 0;
        for (Map.Entry<Category, long[]> e : ranked) {
            long asked = e.getValue()[0];
            // Exact: a category is in the Pareto set while the larger ones before it make less than 80%.
            boolean pareto = before * 100 < mentions * PARETO_PERCENT;
            before += asked;
            shares.add(new CategoryShare(e.getKey(), asked, (double) asked / mentions, (double) before / mentions,
                    pareto, e.getValue()[1]));
        }
        return new QuestionShares(inquiries.size(), asking, shares);
    }

    /** The categories that make the first 80%, largest first. */
    public List<Category> pareto() {
        return categories.stream().filter(CategoryShare::pareto).map(CategoryShare::category).toList();
    }
}
