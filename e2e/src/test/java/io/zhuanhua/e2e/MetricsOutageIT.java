package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * metrics-service is down while chats are ingested: chat-service keeps the facts in its outbox and relays
 * them once metrics-service is back, so the report is the one without the outage (a control shop gets
 * the same story with every service up).
 */
@ExtendWith(SuiteExtension.class)
class MetricsOutageIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate NEXT = DAY.plusDays(1);
    /** Long enough for several relay attempts (every 200 ms) to fail. */
    private static final Duration OUTAGE = Duration.ofSeconds(2);

    @Test
    void chatsIngestedWhileMetricsIsDownAreReportedOnceItIsBack(Suite suite) {
        ShopEvents story = story();
        ShopClient control = suite.shop(TestShops.OUTAGE_CONTROL, TestShops.INTEGRATION_KEY);
        control.send(story);
        ConversionReport byDay = control.awaitReport(control.reportRequest(DAY, NEXT, ReportGrouping.REPORT_GROUPING_DAY),
                Expect.CONVERGENCE, report -> {
                    Expect.conversion("total", report.getTotal(), 6, 4, 3);
                    Expect.silentOrders("total", report.getTotal(), 0, 4);
                    Expect.sales("total", report.getTotal(), 25900 + 5900 + 19900);
                });
        ConversionReport byAgent = control.awaitReport(
                control.reportRequest(DAY, NEXT, ReportGrouping.REPORT_GROUPING_AGENT), Expect.CONVERGENCE, report -> {
                    Expect.conversion("xiaomei", Expect.agent(report, "xiaomei"), 3, 2, 2);
                    Expect.conversion("ajie", Expect.agent(report, "ajie"), 2, 1, 0);
                    Expect.conversion("bot", Expect.bot(report), 1, 1, 1);
                });

        ShopClient shop = suite.shop(TestShops.OUTAGE, TestShops.INTEGRATION_KEY);
        shop.ingestOrders(story.orderEvents());
        suite.stop(Service.METRICS);
        try {
            assertEquals(Collections.nCopies(story.chatEvents().size(), EventOutcome.EVENT_OUTCOME_STORED),
                    shop.ingestChats(story.chatEvents()), "chat-service ingests while metrics-service is down");
            ServiceProcess.sleep(OUTAGE);
        } finally {
            suite.start(Service.METRICS);
        }

        shop.awaitReport(shop.reportRequest(DAY, NEXT, ReportGrouping.REPORT_GROUPING_DAY), Expect.CONVERGENCE,
                report -> assertEquals(Expect.withoutShop(byDay), Expect.withoutShop(report), "report by day"));
        shop.awaitReport(shop.reportRequest(DAY, NEXT, ReportGrouping.REPORT_GROUPING_AGENT), Expect.CONVERGENCE,
                report -> assertEquals(Expect.withoutShop(byAgent), Expect.withoutShop(report), "report by agent"));
    }

    /** Six buyers of one evening shift: two agents and the bot. */
    private static ShopEvents story() {
        ShopEvents story = new ShopEvents();
        story.buyer("out-1", DAY + "T09:30", "在吗");
        story.agent("out-1", "xiaomei", DAY + "T09:30:08", "亲 在的");
        story.buyer("out-1", DAY + "T09:31", "165 100斤穿多大");
        story.agent("out-1", "xiaomei", DAY + "T09:31:15", "亲 建议S码");
        story.ordered("out-order-1", "out-1", DAY + "T10:00", 25900);
        story.paid("out-order-1", DAY + "T10:01");

        story.buyer("out-2", DAY + "T10:10", "包邮吗");
        story.bot("out-2", DAY + "T10:10:02", "亲 满99包邮哦");
        story.ordered("out-order-2", "out-2", DAY + "T10:20", 5900);
        story.paid("out-order-2", DAY + "T10:21");

        story.buyer("out-3", DAY + "T11:00", "有色差吗");
        story.agent("out-3", "ajie", DAY + "T11:00:20", "亲 实物拍摄 基本没有色差");

        story.buyer("out-4", DAY + "T14:00", "能便宜点吗");
        story.agent("out-4", "ajie", DAY + "T14:00:40", "亲 已经是活动价了 送您运费险");
        story.ordered("out-order-4", "out-4", DAY + "T14:30", 13900);

        story.buyer("out-5", DAY + "T20:00", "今天能发吗");
        story.agent("out-5", "xiaomei", DAY + "T20:00:12", "亲 今天的已经发完了 明天一早发");
        story.ordered("out-order-5", "out-5", NEXT + "T09:00", 19900);
        story.paid("out-order-5", NEXT + "T09:02");

        story.buyer("out-6", DAY + "T21:00", "起球吗");
        story.agent("out-6", "xiaomei", DAY + "T21:00:30", "亲 精梳棉 不容易起球");
        return story;
    }
}
