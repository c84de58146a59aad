package io.zhuanhua.metrics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

import io.zhuanhua.metrics.money.Money;

/**
 * Rows by hour, product, category and platform, response times and bot figures of one scripted day. b1 asks
 * at 10:15 about item-1 (size, Taobao): the bot answers in 2 s and hands over, alice answers in 8 s, then in
 * 20 s, and leaves the last turn unanswered; b1 pays 100.00 at 11:00. b2 asks at 14:30 about item-2 (shipping
 * fee, JD), only the bot answers (1 s), b2 does not buy. b3 buys on JD at 15:10 without asking.
 */
class ReportDimensionsTest {
    private static final String DAY = "2026-03-02";
    private static final Party ALICE = Party.agent("alice");

    private final Scenario s = new Scenario(new ShopCalendar(ZoneId.of("Asia/Shanghai"), 1));

    private SortedMap<RowKey, ConversionFigures> day() {
        String c1 = s.inquiry("b1", DAY + "T10:15");
        s.botReply(c1, DAY + "T10:15:02").reply(c1, "alice", DAY + "T10:15:18");
        s.facts(c1, new ConversationFacts("TAOBAO", "SIZE_FIT", "item-1", false, true,
                new ResponseWait(Party.BOT, 2_000, 2_000), new ResponseWait(ALICE, 8_000, 8_000),
                List.of(new ResponseWait(ALICE, 8_000, 8_000), new ResponseWait(ALICE, 20_000, 0),
                        new ResponseWait(null, 0, 0))));
        s.add(new OrderFact("TAOBAO:o1", "b1", s.at(DAY + "T11:00"), s.at(DAY + "T11:01"), null,
                new Money(10_000, "CNY"), "TAOBAO", 1, 2_500));
        String c2 = s.inquiry("b2", DAY + "T14:30");
        s.botReply(c2, DAY + "T14:30:01");
        s.facts(c2, new ConversationFacts("JD", "SHIPPING_FEE", "item-2", true, false,
                new ResponseWait(Party.BOT, 1_000, 1_000), null, List.of(new ResponseWait(Party.BOT, 1_000, 1_000))));
        s.add(new OrderFact("JD:o2", "b3", s.at(DAY + "T15:10"), null, null, null, "JD", 0, 0));
        return s.daily(DAY, DAY).rows().get(LocalDate.parse(DAY));
    }

    private static List<Long> counts(ConversionFigures f) {
        return List.of(f.inquiringBuyers(), f.orderingBuyers(), f.payingBuyers(), f.silentOrderingBuyers(),
                f.allOrderingBuyers(), f.csSalesMinor());
    }

    @Test
    void inquiriesByHourOfFirstMessageAndOrdersByHourOfCreation() {
        SortedMap<RowKey, ConversionFigures> day = day();

        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 10_000L), counts(day.get(RowKey.hour(10))));
        assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 0L), counts(day.get(RowKey.hour(11))));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), counts(day.get(RowKey.hour(14))));
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L, 0L), counts(day.get(RowKey.hour(15))));
    }

    @Test
    void productCategoryAndPlatformRowsAreCohortsOfInquiries() {
        SortedMap<RowKey, ConversionFigures> day = day();

        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 10_000L), counts(day.get(new RowKey(Dimension.PRODUCT, "item-1"))));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L, 0L), counts(day.get(new RowKey(Dimension.PRODUCT, "item-2"))));
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 10_000L), counts(day.get(new RowKey(Dimension.CATEGORY, "SIZE_FIT"))));
        assertEquals(List.of(1L, 1L, 1L, 0L, 1L, 10_000L), counts(day.get(new RowKey(Dimension.PLATFORM, "TAOBAO"))));
        assertEquals(List.of(1L, 0L, 0L, 1L, 1L, 0L), counts(day.get(new RowKey(Dimension.PLATFORM, "JD"))));
        // Refunds go with the sales they reduce, reported on their own.
        ConversionFigures shop = day.get(RowKey.SHOP);
        assertEquals(List.of(1L, 2_500L), List.of(shop.refunds(), shop.refundedMinor()));
        assertEquals(List.of(2L, 1L, 1L, 1L, 2L, 10_000L), counts(shop));
    }

    @Test
    void responseTimesOfTheShopAndOfWhoeverAnswered() {
        SortedMap<RowKey, ConversionFigures> day = day();

        ResponseFigures shop = day.get(RowKey.SHOP).response();
        assertEquals(List.of(1L, 8_000L), List.of(shop.humanFirst().count(), shop.humanFirst().averageMillis()));
        assertEquals(List.of(2L, 1_500L), List.of(shop.botFirst().count(), shop.botFirst().averageMillis()));
        assertEquals(List.of(3L, 9_666L), List.of(shop.turns().count(), shop.turns().averageMillis()));
        assertEquals(3_000, shop.turnsBusiness().averageMillis());
        assertEquals(1.0 / 3, shop.turns().shareWithinSixSeconds());
        assertEquals(1, shop.unansweredTurns());
        assertEquals(1.0, shop.replyRate());

        ResponseFigures alice = day.get(RowKey.of(ALICE)).response();
        assertEquals(List.of(1L, 2L), List.of(alice.humanFirst().count(), alice.turns().count()));
        ResponseFigures bot = day.get(RowKey.of(Party.BOT)).response();
        assertEquals(List.of(2L, 1L, 0L), List.of(bot.botFirst().count(), bot.turns().count(), bot.humanFirst().count()));
    }

    @Test
    void humanResponsesAreTheAgentRowsWithoutTheBots() {
        day();
        ConversionReport byAgent = ConversionReport.of("shop-a", s.calendar.zone(), s.daily(DAY, DAY),
                EnumSet.of(ReportGrouping.AGENT));

        ResponseFigures human = byAgent.humanResponses();
        // alice's 8 s and 20 s turns; the bot's 1 s turn and the unanswered one are left out.
        assertEquals(List.of(2L, 14_000L), List.of(human.turns().count(), human.turns().averageMillis()));
        assertEquals(List.of(2L, 4_000L), List.of(human.turnsBusiness().count(), human.turnsBusiness().averageMillis()));
        assertEquals(List.of(1L, 0L), List.of(human.humanFirst().count(), human.botFirst().count()));
        assertEquals(ResponseFigures.ZERO, ConversionReport.of("shop-a", s.calendar.zone(), s.daily(DAY, DAY),
                EnumSet.noneOf(ReportGrouping.class)).humanResponses());
    }

    @Test
    void botOnlyAndHandedOverInquiriesConvertOnTheirOwn() {
        BotFigures bot = day().get(RowKey.SHOP).bot();

        assertEquals(List.of(2L, 1L, 1L), List.of(bot.botConversations(), bot.botOnlyConversations(),
                bot.transferredConversations()));
        assertEquals(0.5, bot.transferRate());
        assertEquals(List.of(1L, 0L, 1L, 1L), List.of(bot.botOnlyInquiries(), bot.botOnlyOrderingBuyers(),
                bot.transferredInquiries(), bot.transferredOrderingBuyers()));
        assertEquals(1.0, bot.transferredConversion());
    }
}
