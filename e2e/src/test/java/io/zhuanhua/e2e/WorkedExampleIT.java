package io.zhuanhua.e2e;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/** DOMAIN.md's worked example: 10 inquiring buyers, 5 order, 4 pay → 50% / 80% / 40%. */
@ExtendWith(SuiteExtension.class)
class WorkedExampleIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final long PRICE = 12900;

    @Test
    void tenInquiriesFiveOrdersFourPayments(Suite suite) {
        ShopEvents story = new ShopEvents();
        for (int i = 1; i <= 10; i++) {
            String buyer = "buyer-%02d".formatted(i);
            // Buyers 1-5 are served by xiaoyu, 6-10 by ajie.
            String agent = i <= 5 ? "xiaoyu" : "ajie";
            String at = DAY + "T10:%02d".formatted(i);
            story.buyer(buyer, at, "亲 这款175穿多大");
            story.agent(buyer, agent, at + ":20", "亲 175建议拍L码哦");
        }
        // 1, 2, 3 (xiaoyu) and 6, 7 (ajie) order in the afternoon; all but 7 pay.
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            String order = "order-%02d".formatted(i);
            story.ordered(order, "buyer-%02d".formatted(i), DAY + "T15:%02d".formatted(i), PRICE);
            if (i != 7) {
                story.paid(order, DAY + "T15:%02d:30".formatted(i));
            }
        }
        ShopClient shop = suite.shop(TestShops.WORKED_EXAMPLE, TestShops.INTEGRATION_KEY);
        shop.send(story);

        shop.awaitReport(shop.reportRequest(DAY, DAY, ReportGrouping.REPORT_GROUPING_DAY), Expect.CONVERGENCE,
                report -> {
                    Expect.conversion("total", report.getTotal(), 10, 5, 4);
                    Expect.silentOrders("total", report.getTotal(), 0, 5);
                    Expect.sales("total", report.getTotal(), 4 * PRICE);
                    Expect.conversion(DAY.toString(), Expect.day(report, DAY), 10, 5, 4);
                });
        shop.awaitReport(shop.reportRequest(DAY, DAY, ReportGrouping.REPORT_GROUPING_AGENT), Expect.CONVERGENCE,
                report -> {
                    Expect.conversion("total", report.getTotal(), 10, 5, 4);
                    Expect.conversion("xiaoyu", Expect.agent(report, "xiaoyu"), 5, 3, 3);
                    Expect.sales("xiaoyu", Expect.agent(report, "xiaoyu"), 3 * PRICE);
                    Expect.conversion("ajie", Expect.agent(report, "ajie"), 5, 2, 1);
                    Expect.sales("ajie", Expect.agent(report, "ajie"), PRICE);
                });
    }
}
