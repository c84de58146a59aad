package io.zhuanhua.metrics.questions;

import static io.zhuanhua.kit.taxonomy.Category.COMFORT;
import static io.zhuanhua.kit.taxonomy.Category.GREETING;
import static io.zhuanhua.kit.taxonomy.Category.LOGISTICS;
import static io.zhuanhua.kit.taxonomy.Category.SHIPPING_FEE;
import static io.zhuanhua.kit.taxonomy.Category.SIZE_FIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.metrics.inquiry.Day;

/**
 * Ten inquiries: eight about the coat (size questions, three about shipping too, one about after-sale
 * logistics), two about the scarf asking about comfort, one of them also in a conversation about the coat.
 * Buyers b1..b5 order; the comfort askers do not.
 */
class QuestionShareReportTest {

    private static QuestionShareReport report(Set<String> items, int maxProducts, int pageCategories) {
        Day d = new Day();
        for (int i = 1; i <= 8; i++) {
            d.inquiry("c" + i, "b" + i, "10:0" + (i - 1)).asks(GREETING, SIZE_FIT).about("coat", "scarf");
        }
        d.inquiry("c9", "b1", "11:00").asks(SHIPPING_FEE).about("coat");
        d.inquiry("c10", "b2", "11:00").asks(SHIPPING_FEE, LOGISTICS).about("coat");
        d.inquiry("c14", "b3", "11:00").asks(SHIPPING_FEE).about("coat");
        d.inquiry("c11", "b9", "12:00").asks(COMFORT).about("scarf");
        d.inquiry("c12", "b10", "12:00").asks(COMFORT).about("scarf");
        d.inquiry("c13", "b10", "12:30").asks(SIZE_FIT).about("coat");
        for (int i = 1; i <= 5; i++) {
            d.order("b" + i, "20:00");
        }
        return QuestionShareReport.of(d.outcomes(), items, maxProducts, pageCategories);
    }

    @Test
    void shopSharesProductsPageAdviceAndSmallCategoriesWithHighLoss() {
        QuestionShareReport report = report(Set.of(), 20, 3);
        // Inquiries b1..b10; mentions: size 9, shipping 3, comfort 2, logistics 1 = 15.
        assertEquals(10, report.shop().inquiries());
        assertEquals(List.of(SIZE_FIT, SHIPPING_FEE, COMFORT, LOGISTICS),
                report.shop().categories().stream().map(CategoryShare::category).toList());
        assertEquals(9.0 / 15, report.shop().categories().get(0).share());
        assertEquals(List.of(SIZE_FIT, SHIPPING_FEE), report.shop().pareto(), "size and shipping make 80%");
        assertEquals(0.5, report.shopLossRate());
        // Comfort: 2 asked, both lost (100% > 50%); logistics: asked by b2 who ordered.
        assertEquals(List.of(COMFORT), report.smallHighLoss().stream().map(CategoryShare::category).toList());

        assertEquals(List.of("coat", "scarf"), report.products().stream().map(p -> p.itemId()).toList());
        QuestionShareReport.ProductShares coat = report.products().get(0);
        assertEquals(9, coat.shares().inquiries());
        assertEquals(List.of(SIZE_FIT, SHIPPING_FEE), coat.pageCategories());
        QuestionShareReport.ProductShares scarf = report.products().get(1);
        assertEquals(List.of(COMFORT), scarf.shares().categories().stream().map(CategoryShare::category).toList(),
                "the scarf is only a conversation's product when it comes first");
        assertEquals(2, scarf.shares().inquiries());
    }

    @Test
    void productsCanBeChosenAndLimited() {
        assertEquals(List.of("scarf"), report(Set.of("scarf"), 20, 3).products().stream().map(p -> p.itemId()).toList());
        assertEquals(List.of("coat"), report(Set.of(), 1, 3).products().stream().map(p -> p.itemId()).toList());
        assertEquals(List.of(SIZE_FIT), report(Set.of(), 1, 1).products().get(0).pageCategories());
    }
}
