package io.zhuanhua.metrics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.metrics.money.Money;

/** DOMAIN.md's attribution rules, one rule per test, with the numbers the report must show. */
class ConversionCalculatorTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String DAY = "2026-03-02";
    private static final Party ALICE = Party.agent("alice");
    private static final Party BOB = Party.agent("bob");

    private final Scenario s = new Scenario(new ShopCalendar(SHANGHAI, 1));

    private static ConversionFigures shopDay(DailyConversion daily, String day) {
        return daily.shop().get(LocalDate.parse(day));
    }

    private static ConversionFigures partyDay(DailyConversion daily, String day, Party party) {
        return daily.parties().getOrDefault(LocalDate.parse(day), new TreeMap<>()).get(party);
    }

    private static void assertCounts(ConversionFigures figures, long inquiring, long ordering, long paying) {
        assertEquals(List.of(inquiring, ordering, paying),
                List.of(figures.inquiringBuyers(), figures.orderingBuyers(), figures.payingBuyers()));
    }

    @Test
    void workedExampleTenInquireFiveOrderFourPay() {
        for (int i = 1; i <= 10; i++) {
            String buyer = "b" + i;
            s.reply(s.inquiry(buyer, DAY + "T10:00"), "alice", DAY + "T10:01");
            if (i <= 4) {
                s.paidOrder(buyer, DAY + "T11:00", 100);
            } else if (i == 5) {
                s.order(buyer, DAY + "T11:00");
            }
        }

        ConversionFigures day = shopDay(s.daily(DAY, DAY), DAY);

        assertCounts(day, 10, 5, 4);
        assertEquals(0.5, day.consultationConversion());
        assertEquals(0.8, day.paymentConversion());
        assertEquals(0.4, day.finalConversion());
        assertEquals(400, day.csSalesMinor());
        assertEquals(100, day.averageOrderValueMinor());
    }

    @Test
    void windowEndsAtTheEndOfTheNextShopLocalDay() {
        s.inquiry("in-time", DAY + "T10:00");
        s.order("in-time", "2026-03-03T23:59");
        s.inquiry("too-late", DAY + "T10:00");
        s.order("too-late", "2026-03-04T00:01");

        assertCounts(shopDay(s.daily(DAY, DAY), DAY), 2, 1, 0);
    }

    @Test
    void windowFollowsTheShopsOwnZoneAndLength() {
        Scenario la = new Scenario(new ShopCalendar(ZoneId.of("America/Los_Angeles"), 2));
        la.inquiry("in-time", DAY + "T23:30");
        la.order("in-time", "2026-03-04T23:59");
        la.inquiry("too-late", DAY + "T23:30");
        la.order("too-late", "2026-03-05T00:01");

        DailyConversion daily = la.daily(DAY, DAY);

        // 23:30 in Los Angeles is already the next day in Shanghai: the shop's zone decides the day.
        assertCounts(shopDay(daily, DAY), 2, 1, 0);
    }

    @Test
    void orderCreatedBeforeTheFirstBuyerMessageIsNotCovered() {
        s.reply(s.inquiry("b1", DAY + "T10:00"), "alice", DAY + "T10:01");
        OrderFact before = s.order("b1", DAY + "T09:59");

        DailyConversion daily = s.daily(DAY, DAY);

        assertCounts(shopDay(daily, DAY), 1, 0, 0);
        assertEquals(OrderAttribution.SILENT, s.attribution().attribute(before));
        assertEquals(1, shopDay(daily, DAY).silentOrderingBuyers());
    }

    @Test
    void silentOrderShareCountsBuyersByOrderDay() {
        s.inquiry("asked", "2026-03-01T20:00");
        s.order("asked", DAY + "T09:00");           // covered by the previous day's inquiry
        s.order("silent-1", DAY + "T09:00");
        s.order("silent-1", DAY + "T15:00");        // the same buyer twice is one buyer
        s.order("silent-2", DAY + "T12:00");
        s.inquiry("asked-later", DAY + "T10:00");
        s.order("asked-later", DAY + "T11:00");
        s.order("next-day", "2026-03-03T08:00");     // counts on its own day

        DailyConversion daily = s.daily(DAY, "2026-03-03");

        ConversionFigures day = shopDay(daily, DAY);
        assertEquals(2, day.silentOrderingBuyers());
        assertEquals(4, day.allOrderingBuyers());
        assertEquals(0.5, day.silentOrderShare());
        assertEquals(1.0, shopDay(daily, "2026-03-03").silentOrderShare());
    }

    @Test
    void botOnlyConversationMakesABotRow() {
        String conversation = s.inquiry("b1", DAY + "T10:00");
        s.botReply(conversation, DAY + "T10:00:03");
        OrderFact order = s.paidOrder("b1", DAY + "T10:30", 5900);

        DailyConversion daily = s.daily(DAY, DAY);

        assertEquals(OrderAttribution.to(Party.BOT), s.attribution().attribute(order));
        assertEquals(List.of(Party.BOT), List.copyOf(daily.parties().get(LocalDate.parse(DAY)).keySet()));
        ConversionFigures bot = partyDay(daily, DAY, Party.BOT);
        assertCounts(bot, 1, 1, 1);
        assertEquals(5900, bot.csSalesMinor());
        assertEquals(0, bot.silentOrderingBuyers());
        assertEquals(0, bot.allOrderingBuyers());
    }

    @Test
    void lastHumanAgentBeforeTheOrderWins() {
        String conversation = s.inquiry("b1", DAY + "T10:00");
        s.botReply(conversation, DAY + "T10:00:02");
        s.reply(conversation, "alice", DAY + "T10:05");
        s.reply(conversation, "bob", DAY + "T10:10");
        s.botReply(conversation, DAY + "T10:15");           // a later bot reply does not beat a human
        s.reply(conversation, "alice", DAY + "T10:20");     // the very moment of the order is not before it
        s.reply(conversation, "alice", DAY + "T10:40");
        OrderFact order = s.paidOrder("b1", DAY + "T10:20", 100);

        assertEquals(OrderAttribution.to(BOB), s.attribution().attribute(order));
    }

    @Test
    void buyerServedByTwoAgentsIsInquiringForBothAndOrderingForOne() {
        String conversation = s.inquiry("b1", DAY + "T10:00");
        s.reply(conversation, "alice", DAY + "T10:01");
        s.reply(conversation, "bob", DAY + "T10:05");
        s.paidOrder("b1", DAY + "T10:30", 100);

        DailyConversion daily = s.daily(DAY, DAY);

        assertCounts(partyDay(daily, DAY, ALICE), 1, 0, 0);
        assertCounts(partyDay(daily, DAY, BOB), 1, 1, 1);
        assertEquals(0, partyDay(daily, DAY, ALICE).csSalesMinor());
        assertEquals(100, partyDay(daily, DAY, BOB).csSalesMinor());
        assertCounts(shopDay(daily, DAY), 1, 1, 1);
    }

    @Test
    void replyInAnyConversationCountsButOnlyWithinTheCoveringWindow() {
        String presale = s.inquiry("b1", DAY + "T10:00");
        s.reply(presale, "alice", DAY + "T10:01");
        String afterSale = s.conversation("b1", DAY + "T12:00", false, false);
        s.reply(afterSale, "bob", DAY + "T12:01");
        OrderFact order = s.order("b1", DAY + "T13:00");

        String early = s.conversation("b2", "2026-03-01T09:00", false, false);
        s.reply(early, "bob", "2026-03-01T09:01");          // before the inquiry: outside every window
        s.inquiry("b2", DAY + "T10:00");
        OrderFact unanswered = s.order("b2", DAY + "T11:00");

        Attribution attribution = s.attribution();
        assertEquals(OrderAttribution.to(BOB), attribution.attribute(order));
        assertEquals(OrderAttribution.UNANSWERED, attribution.attribute(unanswered));
        assertFalse(attribution.attribute(unanswered).silent());

        // Bob answered b1 only after-sale: not among his inquiring buyers, so the order is nobody's row.
        DailyConversion daily = s.daily(DAY, DAY);
        assertEquals(Map.of(ALICE, new ConversionFigures(1, 0, 0, 0, 0, 0)), daily.parties().get(LocalDate.parse(DAY)));
        assertCounts(shopDay(daily, DAY), 2, 2, 0);
        assertEquals(0, shopDay(daily, DAY).silentOrderingBuyers());
    }

    @Test
    void cancelledBeforePaymentIsOrderedNotPaid() {
        s.reply(s.inquiry("cancelled-unpaid", DAY + "T10:00"), "alice", DAY + "T10:01");
        s.add(new OrderFact("TAOBAO:c1", "cancelled-unpaid", s.at(DAY + "T11:00"), null, s.at(DAY + "T11:30"), null));
        s.reply(s.inquiry("cancelled-after-paying", DAY + "T10:00"), "alice", DAY + "T10:01");
        s.add(new OrderFact("TAOBAO:c2", "cancelled-after-paying", s.at(DAY + "T11:00"), s.at(DAY + "T11:10"),
                s.at(DAY + "T11:30"), Money.of(300, "")));
        s.reply(s.inquiry("paid-after-cancel", DAY + "T10:00"), "alice", DAY + "T10:01");
        s.add(new OrderFact("TAOBAO:c3", "paid-after-cancel", s.at(DAY + "T11:00"), s.at(DAY + "T12:00"),
                s.at(DAY + "T11:30"), Money.of(500, "")));

        DailyConversion daily = s.daily(DAY, DAY);

        assertCounts(shopDay(daily, DAY), 3, 3, 1);
        assertEquals(300, shopDay(daily, DAY).csSalesMinor());
        assertCounts(partyDay(daily, DAY, ALICE), 3, 3, 1);
    }

    @Test
    void orderInTheWindowsOfTwoDaysCountsOnceForSalesOnTheEarlierDay() {
        String first = s.inquiry("b1", DAY + "T10:00");
        s.reply(first, "alice", DAY + "T10:01");
        String second = s.inquiry("b1", "2026-03-03T09:00");
        s.reply(second, "alice", "2026-03-03T09:01");
        s.paidOrder("b1", "2026-03-03T10:00", 8800);

        DailyConversion daily = s.daily(DAY, "2026-03-03");

        assertCounts(shopDay(daily, DAY), 1, 1, 1);
        assertCounts(shopDay(daily, "2026-03-03"), 1, 1, 1);
        assertEquals(8800, shopDay(daily, DAY).csSalesMinor());
        assertEquals(0, shopDay(daily, "2026-03-03").csSalesMinor());
        assertEquals(8800, partyDay(daily, DAY, ALICE).csSalesMinor());
        assertEquals(0, partyDay(daily, "2026-03-03", ALICE).csSalesMinor());
        // A report of the second day alone does not count it either: a day's figures never depend on the period.
        assertEquals(0, shopDay(s.daily("2026-03-03", "2026-03-03"), "2026-03-03").csSalesMinor());
    }

    @Test
    void salesGoToTheEarliestDayTheAgentServedNotTheShopsEarliest() {
        String first = s.inquiry("b1", DAY + "T10:00");
        s.botReply(first, DAY + "T10:00:02");
        String second = s.inquiry("b1", "2026-03-03T09:00");
        s.reply(second, "alice", "2026-03-03T09:01");
        s.paidOrder("b1", "2026-03-03T10:00", 8800);

        DailyConversion daily = s.daily(DAY, "2026-03-03");

        assertEquals(8800, shopDay(daily, DAY).csSalesMinor());
        assertCounts(partyDay(daily, DAY, Party.BOT), 1, 0, 0);
        assertCounts(partyDay(daily, "2026-03-03", ALICE), 1, 1, 1);
        assertEquals(8800, partyDay(daily, "2026-03-03", ALICE).csSalesMinor());
    }

    @Test
    void buyerInquiringOnTwoDaysCountsTwiceInAPeriod() {
        s.inquiry("b1", DAY + "T10:00");
        s.inquiry("b1", "2026-03-03T10:00");

        ConversionReport report = ConversionReport.of("shop", SHANGHAI, s.daily(DAY, "2026-03-03"), Set.of());

        assertEquals(2, report.total().inquiringBuyers());
    }

    @Test
    void conversationsOfOneBuyerOnOneDayAreOneInquiryFromTheEarliestMessage() {
        String late = s.inquiry("b1", DAY + "T15:00");
        String early = s.inquiry("b1", DAY + "T09:00");
        s.reply(late, "alice", DAY + "T15:01");
        s.order("b1", DAY + "T10:00");

        List<Inquiry> inquiries = s.attribution().inquiries();

        assertEquals(1, inquiries.size());
        assertEquals(s.at(DAY + "T09:00"), inquiries.get(0).firstBuyerMessageAt());
        assertEquals(Set.of(late, early), inquiries.get(0).conversationIds());
        DailyConversion daily = s.daily(DAY, DAY);
        assertCounts(shopDay(daily, DAY), 1, 1, 0);
        // Alice served the inquiry (in its later conversation) but replied only after the order.
        assertCounts(partyDay(daily, DAY, ALICE), 1, 0, 0);
    }

    @Test
    void ratesComeFromSumsNotFromAveragesOfDays() {
        s.inquiry("b1", DAY + "T10:00");
        s.order("b1", DAY + "T11:00");
        for (int i = 2; i <= 4; i++) {
            s.inquiry("b" + i, "2026-03-03T10:00");
        }

        ConversionReport report = ConversionReport.of("shop", SHANGHAI, s.daily(DAY, "2026-03-03"), Set.of());

        assertEquals(4, report.total().inquiringBuyers());
        assertEquals(0.25, report.total().consultationConversion()); // the average of 100% and 0% would be 50%
    }

    @Test
    void afterSaleConversationsAreNoInquiries() {
        String afterSale = s.conversation("b1", DAY + "T10:00", false, false);
        s.reply(afterSale, "alice", DAY + "T10:01");
        s.order("b1", DAY + "T11:00");

        DailyConversion daily = s.daily(DAY, DAY);

        assertCounts(shopDay(daily, DAY), 0, 0, 0);
        assertTrue(daily.parties().isEmpty());
        assertEquals(1, shopDay(daily, DAY).silentOrderingBuyers());
    }

    @Test
    void removedConversationsAndTheirRepliesAreIgnored() {
        String removed = s.conversation("b1", DAY + "T10:00", true, true);
        s.reply(removed, "alice", DAY + "T10:01");
        s.reply(s.inquiry("b2", DAY + "T10:00"), "bob", DAY + "T10:01");
        s.conversation("b3", null, true, false);            // the buyer never wrote: no inquiry
        s.order("b1", DAY + "T11:00");

        DailyConversion daily = s.daily(DAY, DAY);

        assertCounts(shopDay(daily, DAY), 1, 0, 0);
        assertEquals(List.of(BOB), List.copyOf(daily.parties().get(LocalDate.parse(DAY)).keySet()));
        assertEquals(1, shopDay(daily, DAY).silentOrderingBuyers());
    }

    @Test
    void paymentIsNotWindowed() {
        s.reply(s.inquiry("b1", DAY + "T10:00"), "alice", DAY + "T10:01");
        Instant created = s.at(DAY + "T11:00");
        s.add(new OrderFact("TAOBAO:late-pay", "b1", created, s.at("2026-03-20T10:00"), null, Money.of(700, "")));

        assertCounts(shopDay(s.daily(DAY, DAY), DAY), 1, 1, 1);
    }

    @Test
    void daysWithoutActivityHaveZeroFigures() {
        DailyConversion daily = s.daily(DAY, "2026-03-04");

        assertEquals(3, daily.shop().size());
        assertTrue(daily.shop().values().stream().allMatch(ConversionFigures.ZERO::equals));
        // Nothing sold: no currency of its own, so that days can be summed with days that sold (the report
        // then shows the shop's default).
        assertNull(daily.currency());
    }

    @Test
    void salesInSeveralCurrenciesCannotBeSummed() {
        s.inquiry("b1", DAY + "T10:00");
        s.paidOrder("b1", DAY + "T11:00", 100, "CNY");
        s.inquiry("b2", DAY + "T10:00");
        s.paidOrder("b2", DAY + "T11:00", 100, "USD");

        assertThrows(PreconditionFailedException.class, () -> s.daily(DAY, DAY));
    }

    @Test
    void salesCarryTheOrdersCurrency() {
        s.inquiry("b1", DAY + "T10:00");
        s.paidOrder("b1", DAY + "T11:00", 100, "HKD");

        assertEquals("HKD", s.daily(DAY, DAY).currency());
    }
}
