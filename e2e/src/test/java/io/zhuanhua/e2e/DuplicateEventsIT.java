package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsResponse;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * Integrations retry: every event sent twice is stored once, and the report is the one of the same events
 * sent once. One shop gets the story once, another gets every event twice (on a stream, then again as
 * a batch).
 */
@ExtendWith(SuiteExtension.class)
class DuplicateEventsIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);
    private static final LocalDate NEXT = DAY.plusDays(1);

    @Test
    void everyEventSentTwiceIsStoredOnceAndReportedOnce(Suite suite) {
        ShopEvents story = story();
        ShopClient once = suite.shop(TestShops.SENT_ONCE, TestShops.INTEGRATION_KEY);
        ShopClient twice = suite.shop(TestShops.SENT_TWICE, TestShops.INTEGRATION_KEY);

        once.send(story);

        List<ChatEvent> doubled = new ArrayList<>();
        story.chatEvents().forEach(event -> doubled.addAll(List.of(event, event)));
        List<StreamEventsResponse> acks = twice.streamChats(doubled);
        assertEquals(doubled.size(), acks.size(), "one acknowledgement per streamed event");
        for (int i = 0; i < acks.size(); i++) {
            assertEquals(i, acks.get(i).getSequence(), "acknowledgements in request order");
            assertEquals(doubled.get(i).getEventId(), acks.get(i).getEventId());
            assertEquals(i % 2 == 0 ? EventOutcome.EVENT_OUTCOME_STORED : EventOutcome.EVENT_OUTCOME_DUPLICATE,
                    acks.get(i).getOutcome(), "outcome of streamed event " + i + " " + acks.get(i).getEventId());
        }
        assertEquals(Collections.nCopies(story.chatEvents().size(), EventOutcome.EVENT_OUTCOME_DUPLICATE),
                twice.ingestChats(story.chatEvents()), "the batch sent again: all duplicates");
        assertEquals(Collections.nCopies(story.orderEvents().size(), EventOutcome.EVENT_OUTCOME_STORED),
                twice.ingestOrders(story.orderEvents()));
        assertEquals(Collections.nCopies(story.orderEvents().size(), EventOutcome.EVENT_OUTCOME_DUPLICATE),
                twice.ingestOrders(story.orderEvents()), "the order events sent again: all duplicates");

        ConversionReport byDay = once.awaitReport(once.reportRequest(DAY, NEXT, ReportGrouping.REPORT_GROUPING_DAY),
                Expect.CONVERGENCE, report -> {
                    Expect.conversion("total", report.getTotal(), 4, 3, 2);
                    Expect.silentOrders("total", report.getTotal(), 0, 3);
                    Expect.sales("total", report.getTotal(), 12900 + 15900);
                    Expect.conversion(DAY.toString(), Expect.day(report, DAY), 4, 3, 2);
                });
        // Every agent row is checked too: the totals may be complete before the last reply arrives.
        ConversionReport byAgent = once.awaitReport(once.reportRequest(DAY, NEXT, ReportGrouping.REPORT_GROUPING_AGENT),
                Expect.CONVERGENCE, report -> {
                    Expect.conversion("xiaoyu", Expect.agent(report, "xiaoyu"), 2, 2, 2);
                    Expect.conversion("afei", Expect.agent(report, "afei"), 2, 1, 0);
                    Expect.conversion("bot", Expect.bot(report), 1, 0, 0);
                });
        awaitSameReport(twice, ReportGrouping.REPORT_GROUPING_DAY, byDay);
        awaitSameReport(twice, ReportGrouping.REPORT_GROUPING_AGENT, byAgent);
        suite.awaitConversationsShaped(Expect.CONVERGENCE);
        assertEquals(conversations(suite, once), conversations(suite, twice),
                "conversations and their message counts");
    }

    private static void awaitSameReport(ShopClient shop, ReportGrouping grouping, ConversionReport reference) {
        shop.awaitReport(shop.reportRequest(DAY, NEXT, grouping), Expect.CONVERGENCE,
                report -> assertEquals(Expect.withoutShop(reference), Expect.withoutShop(report),
                        "the " + grouping + " report of the shop that got every event twice"));
    }

    /** Four buyers: served by an agent, by the bot then a human, not ordering, ordering the next day. */
    private static ShopEvents story() {
        ShopEvents story = new ShopEvents();
        story.buyer("dup-1", DAY + "T10:00", "在吗");
        story.agent("dup-1", "xiaoyu", DAY + "T10:00:10", "在的亲");
        story.buyer("dup-1", DAY + "T10:01", "175穿多大");
        story.agent("dup-1", "xiaoyu", DAY + "T10:01:20", "亲 建议L码");
        story.ordered("dup-order-1", "dup-1", DAY + "T10:30", 12900);
        story.paid("dup-order-1", DAY + "T10:31");

        story.buyer("dup-2", DAY + "T11:00", "包邮吗");
        story.bot("dup-2", DAY + "T11:00:02", "亲 满99包邮哦");
        story.buyer("dup-2", DAY + "T11:00:30", "转人工");
        story.transfer("dup-2", "afei", DAY + "T11:00:35");
        story.agent("dup-2", "afei", DAY + "T11:01", "您好 我是阿飞");
        story.close("dup-2", DAY + "T11:10");
        story.ordered("dup-order-2", "dup-2", DAY + "T11:20", 8900);
        story.cancelled("dup-order-2", DAY + "T11:40", "不想要了");

        story.buyer("dup-3", DAY + "T12:00", "有优惠券吗");
        story.agent("dup-3", "afei", DAY + "T12:00:30", "亲 领店铺券满199减20");

        story.buyer("dup-4", DAY + "T13:00", "能发顺丰吗");
        story.agent("dup-4", "xiaoyu", DAY + "T13:00:15", "亲 可以的 补10元差价");
        story.ordered("dup-order-4", "dup-4", NEXT + "T20:00", 15900);
        story.paid("dup-order-4", NEXT + "T20:05");
        return story;
    }

    /** The shop's conversations as buyer and message count, in listing order. */
    private static List<String> conversations(Suite suite, ShopClient shop) {
        return suite.conversations(TestShops.INTEGRATION_KEY)
                .listConversations(ListConversationsRequest.newBuilder().setShopId(shop.shopId()).setPageSize(100).build())
                .getConversationsList().stream()
                .map(c -> c.getBuyerId() + ":" + c.getMessageCount() + (c.getClosed() ? ":closed" : ""))
                .sorted()
                .toList();
    }
}
