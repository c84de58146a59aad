package io.zhuanhua.metrics.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.metrics.inquiry.ConversationFacts;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;
import io.zhuanhua.metrics.questions.QuestionShares.Asked;

/**
 * What a shop's buyers ask, for the shop and per product, with advice (DOMAIN.md: put the biggest
 * categories on the product page, and still prepare answers for small categories that decide purchases).
 *
 * @param products        most inquiries first, ties by item id
 * @param shopLossRate    lost / all inquiries of the shop
 * @param smallHighLoss   categories outside the shop's Pareto set whose loss rate is above the shop's,
 *                        highest loss rate first (ties by category order)
 */
public record QuestionShareReport(QuestionShares shop, List<ProductShares> products, double shopLossRate,
        List<CategoryShare> smallHighLoss) {

    public QuestionShareReport {
        products = List.copyOf(products);
        smallHighLoss = List.copyOf(smallHighLoss);
    }

    /**
     * A product's shares and the categories to answer on its detail page: its Pareto categories that are
     * pre-sale questions (a page cannot answer "where is my parcel"), largest first.
     */
    public record ProductShares(String itemId, QuestionShares shares, List<Category> pageCategories) {
        public ProductShares {
            pageCategories = List.copyOf(pageCategories);
        }
    }

    /**
     * @param itemIds        only these products; empty: the {@code maxProducts} with the most inquiries
     * @param maxProducts    at most this many products
     * @param pageCategories at most this many categories advised per product page
     */
    public static QuestionShareReport of(List<InquiryOutcome> outcomes, Set<String> itemIds, int maxProducts,
            int pageCategories) {
        List<Asked> shopInquiries = new ArrayList<>();
        Map<String, List<Asked>> byProduct = new TreeMap<>();
        long lost = 0;
        for (InquiryOutcome outcome : outcomes) {
            shopInquiries.add(new Asked(categories(outcome.conversations()), outcome.lost()));
            lost += outcome.lost() ? 1 : 0;
            // A product's inquiries ask what their conversations about it asked.
            Map<String, List<ConversationFacts>> aboutProduct = new HashMap<>();
            outcome.conversations().forEach(c -> c.product()
                    .ifPresent(item -> aboutProduct.computeIfAbsent(item, k -> new ArrayList<>()).add(c)));
            aboutProduct.forEach((item, conversations) -> byProduct.computeIfAbsent(item, k -> new ArrayList<>())
                    .add(new Asked(categories(conversations), outcome.lost())));
        }
        QuestionShares shop = QuestionShares.of(shopInquiries);
        List<ProductShares> products = byProduct.entrySet().stream()
                .filter(e -> itemIds.isEmpty() || itemIds.contains(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Asked>> e) -> e.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(maxProducts)
                .map(e -> {
                    QuestionShares shares = QuestionShares.of(e.getValue());
                    return new ProductShares(e.getKey(), shares,
                            shares.pareto().stream().filter(Category::preSale).limit(pageCategories).toList());
                })
                .toList();
        long inquiries = outcomes.size();
        long shopLost = lost;
        // Exact comparison of lost_c / asked_c with lost / inquiries.
        List<CategoryShare> smallHighLoss = shop.categories().stream()
                .filter(c -> !c.pareto() && c.lostInquiries() * inquiries > shopLost * c.inquiries())
                .sorted(Comparator.comparingDouble(CategoryShare::lossRate).reversed()
                        .thenComparing(CategoryShare::category))
                .toList();
        return new QuestionShareReport(shop, products, inquiries == 0 ? 0 : (double) lost / inquiries, smallHighLoss);
    }

    private static Set<Category> categories(List<ConversationFacts> conversations) {
        Set<Category> asked = new LinkedHashSet<>();
        conversations.forEach(c -> asked.addAll(c.categories()));
        return asked;
    }
}
