package io.zhuanhua.e2e;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * The attribution rules at their edges (DOMAIN.md, Asia/Shanghai): the window closes at the end of the
 * next shop-local day, an order may arrive before its chat, a silent order is nobody's, and a bot-only
 * conversation is the bot's row.
 */
@ExtendWith(SuiteExtension.class)
class AttributionEdgesIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 12);
    private static final LocalDate NEXT = DAY.plusDays(1);
    private static final LocalDate AFTER = DAY.plusDays(2);

    @Test
    void windowEdgesEarlyOrdersSilentOrdersAndTheBot(Suite suite) {
        ShopClient shop = suite.shop(TestShops.EDGES, TestShops.INTEGRATION_KEY);

        // early-bird's order reaches metrics-service before its chat does (chats come through the outbox).
        ShopEvents early = new ShopEvents();
        early.buyer("early-bird", DAY + "T14:00", "纯棉的吗");
        early.agent("early-bird", "afei", DAY + "T14:00:30", "亲 是纯棉的哦");
        early.ordered("order-early", "early-bird", DAY + "T15:00", 8900);
        shop.ingestOrders(early.orderEvents());

        ShopEvents story = new ShopEvents();
        // Ordered at 23:59 of the next day: inside the window; paid the day after (payment has no window).
        story.buyer("last-minute", DAY + "T10:00", "有优惠券吗");
        story.agent("last-minute", "xiaoyu", DAY + "T10:00:15", "亲 领店铺券满199减20哦");
        story.ordered("order-last-minute", "last-minute", NEXT + "T23:59", 15900);
        story.paid("order-last-minute", AFTER + "T01:00");
        // Ordered at 00:01 the day after the next: outside the window, so a silent order of that day.
        story.buyer("too-late", DAY + "T10:05", "几天能到西安");
        story.agent("too-late", "xiaoyu", DAY + "T10:05:20", "亲 一般两到三天");
        story.ordered("order-too-late", "too-late", AFTER + "T00:01", 6900);
        // Never asked: a silent order, paid, and no agent's sales.
        story.ordered("order-silent", "silent-buyer", DAY + "T16:00", 6900);
        story.paid("order-silent", DAY + "T16:01");
        // Only the bot answered: the order is the bot's.
        story.buyer("bot-only", DAY + "T11:00", "包邮吗");
        story.bot("bot-only", DAY + "T11:00:02", "亲 全店满99包邮哦");
        story.ordered("order-bot-only", "bot-only", DAY + "T11:30", 4900);
        story.paid("order-bot-only", DAY + "T11:31");
        shop.ingestChats(early.chatEvents());
        shop.send(story);

        shop.awaitReport(shop.reportRequest(DAY, AFTER, ReportGrouping.REPORT_GROUPING_DAY), Expect.CONVERGENCE,
                report -> {
                    Expect.conversion("total", report.getTotal(), 4, 3, 2);
                    Expect.silentOrders("total", report.getTotal(), 2, 5);
                    Expect.sales("total", report.getTotal(), 15900 + 4900);
                    Expect.conversion(DAY.toString(), Expect.day(report, DAY), 4, 3, 2);
                    Expect.silentOrders(DAY.toString(), Expect.day(report, DAY), 1, 3);
                    Expect.silentOrders(NEXT.toString(), Expect.day(report, NEXT), 0, 1);
                    Expect.silentOrders(AFTER.toString(), Expect.day(report, AFTER), 1, 1);
                });
        shop.awaitReport(shop.reportRequest(DAY, AFTER, ReportGrouping.REPORT_GROUPING_AGENT), Expect.CONVERGENCE,
                report -> {
                    Expect.conversion("xiaoyu", Expect.agent(report, "xiaoyu"), 2, 1, 1);
                    Expect.sales("xiaoyu", Expect.agent(report, "xiaoyu"), 15900);
                    Expect.conversion("afei", Expect.agent(report, "afei"), 1, 1, 0);
                    Expect.sales("afei", Expect.agent(report, "afei"), 0);
                    Expect.conversion("bot", Expect.bot(report), 1, 1, 1);
                    Expect.sales("bot", Expect.bot(report), 4900);
                });
    }
}
