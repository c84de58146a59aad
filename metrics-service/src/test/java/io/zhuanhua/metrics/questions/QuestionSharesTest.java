package io.zhuanhua.metrics.questions;

import static io.zhuanhua.kit.taxonomy.Category.ACK;
import static io.zhuanhua.kit.taxonomy.Category.COMFORT;
import static io.zhuanhua.kit.taxonomy.Category.GREETING;
import static io.zhuanhua.kit.taxonomy.Category.LOGISTICS;
import static io.zhuanhua.kit.taxonomy.Category.PRICE;
import static io.zhuanhua.kit.taxonomy.Category.SHIPPING_FEE;
import static io.zhuanhua.kit.taxonomy.Category.SIZE_FIT;
import static io.zhuanhua.kit.taxonomy.Category.STOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.metrics.questions.QuestionShares.Asked;

class QuestionSharesTest {

    private static List<Asked> times(int n, boolean lost, Category... categories) {
        return Collections.nCopies(n, new Asked(Set.of(categories), lost));
    }

    @Test
    void paretoIsTheLargestCategoriesUpToTheOneThatReaches80Percent() {
        List<Asked> inquiries = new ArrayList<>();
        inquiries.addAll(times(5, false, SIZE_FIT));
        inquiries.addAll(times(3, false, SHIPPING_FEE));
        inquiries.addAll(times(2, false, STOCK));
        QuestionShares shares = QuestionShares.of(inquiries);
        // 50% + 30% make exactly 80%: stock is outside.
        assertEquals(List.of(SIZE_FIT, SHIPPING_FEE), shares.pareto());
        assertEquals(List.of(0.5, 0.3, 0.2), shares.categories().stream().map(CategoryShare::share).toList());
        assertEquals(1.0, shares.categories().get(2).cumulativeShare());

        inquiries.add(new Asked(Set.of(STOCK), false));
        // 5/11 + 3/11 = 72.7%: stock crosses 80% and is in.
        assertEquals(List.of(SIZE_FIT, SHIPPING_FEE, STOCK), QuestionShares.of(inquiries).pareto());
    }

    @Test
    void anInquiryCountsOnceForEachCategoryItAskedAndSteeringCodesAreNoQuestions() {
        QuestionShares shares = QuestionShares.of(List.of(new Asked(Set.of(GREETING, SIZE_FIT, PRICE), true),
                new Asked(Set.of(GREETING, ACK), false), new Asked(Set.of(PRICE), false)));
        assertEquals(3, shares.inquiries());
        assertEquals(2, shares.askingInquiries());
        assertEquals(List.of(PRICE, SIZE_FIT), shares.categories().stream().map(CategoryShare::category).toList());
        CategoryShare price = shares.categories().get(0);
        assertEquals(List.of(2L, 1L), List.of(price.inquiries(), price.lostInquiries()));
        assertEquals(2.0 / 3, price.share());
        assertEquals(0.5, price.lossRate());
        assertEquals(1.0, shares.categories().get(1).lossRate());
    }

    @Test
    void equalCountsRankInTaxonomyOrder() {
        QuestionShares shares = QuestionShares.of(List.of(new Asked(Set.of(STOCK), false),
                new Asked(Set.of(SIZE_FIT), false), new Asked(Set.of(LOGISTICS), false), new Asked(Set.of(COMFORT), false)));
        assertEquals(List.of(SIZE_FIT, STOCK, COMFORT, LOGISTICS),
                shares.categories().stream().map(CategoryShare::category).toList());
        assertEquals(List.of(SIZE_FIT, STOCK, COMFORT, LOGISTICS), shares.pareto(), "25% each: 75% before the last");
    }

    @Test
    void noInquiriesNoShares() {
        QuestionShares shares = QuestionShares.of(List.of());
        assertEquals(List.of(), shares.categories());
        assertEquals(0, shares.inquiries());
    }
}
