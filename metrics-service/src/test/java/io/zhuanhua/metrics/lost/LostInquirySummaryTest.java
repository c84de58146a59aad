package io.zhuanhua.metrics.lost;

import static io.zhuanhua.kit.taxonomy.LossSignal.COURIER_NOT_OFFERED;
import static io.zhuanhua.kit.taxonomy.LossSignal.OUT_OF_STOCK;
import static io.zhuanhua.kit.taxonomy.LossSignal.SLOW_FIRST_REPLY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;
import io.zhuanhua.metrics.inquiry.Day;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;
import io.zhuanhua.metrics.lost.LostInquirySummary.Count;

/**
 * A day of five inquiring buyers: b1 orders; b2 (two conversations) is told the item is out of stock after
 * a slow first reply, and also asked for 顺丰; b3 asks for 顺丰 and is refused; b4 gets only the bot and no
 * evidence; b5 gets no reply at all.
 */
class LostInquirySummaryTest {

    private static List<InquiryOutcome> day() {
        Day d = new Day();
        d.inquiry("c1", "b1", "09:00").agent("alice", "09:01");
        d.inquiry("c2a", "b2", "10:00").evidence(SLOW_FIRST_REPLY, "10:05", "PT5M").agent("alice", "10:05")
                .evidence(COURIER_NOT_OFFERED, "10:06", "顺丰");
        d.inquiry("c2b", "b2", "15:00").evidence(OUT_OF_STOCK, "15:02", "item-9").agent("bob", "15:02");
        d.inquiry("c3", "b3", "11:00").agent("bob", "11:01").evidence(COURIER_NOT_OFFERED, "11:02", "顺丰");
        d.inquiry("c4", "b4", "12:00").bot("12:00:03");
        d.inquiry("c5", "b5", "13:00").evidence(LossSignal.NO_REPLY, "13:00", "PRICE");
        d.paidOrder("b1", "09:30", 9900);
        return d.outcomes();
    }

    @Test
    void everyLostBuyerHasAReasonATeamAResponderAndTheirConversations() {
        List<LostInquiry> lost = day().stream().filter(InquiryOutcome::lost).map(LostInquiry::of).toList();
        assertEquals(List.of("b2", "b3", "b4", "b5"), lost.stream().map(LostInquiry::buyerId).toList());
        LostInquiry b2 = lost.get(0);
        assertEquals(Optional.of(OUT_OF_STOCK), b2.reason(), "a stock-out outranks the courier and the slow reply");
        assertEquals(Optional.of(Team.PRODUCT), b2.team());
        assertEquals(List.of(OUT_OF_STOCK, COURIER_NOT_OFFERED, SLOW_FIRST_REPLY),
                b2.evidence().stream().map(e -> e.signal()).toList());
        assertEquals("c2b", b2.evidence().get(0).conversationId());
        assertEquals(List.of("c2a", "c2b"), b2.conversationIds());
        assertEquals(new Responder("bob", false), b2.responder(), "bob replied last, in the later conversation");
        assertEquals(List.of("alice", "bob"), List.copyOf(b2.agentIds()));

        assertEquals(Optional.of(Team.LISTING), lost.get(1).team());
        assertEquals(Optional.empty(), lost.get(2).reason(), "no evidence: unknown");
        assertEquals(Responder.BOT, lost.get(2).responder());
        assertEquals(Responder.NOBODY, lost.get(3).responder());
        assertEquals(Optional.of(Team.CUSTOMER_SERVICE), lost.get(3).team());
    }

    @Test
    void aggregatesByReasonTeamResponderAndDemand() {
        LostInquirySummary summary = LostInquirySummary.of(day());
        assertEquals(5, summary.inquiringBuyers());
        assertEquals(4, summary.lostInquiries());
        assertEquals(0.8, summary.lossRate());
        assertEquals(List.of(new Count<>(Optional.of(OUT_OF_STOCK), 1), new Count<>(Optional.of(COURIER_NOT_OFFERED), 1),
                new Count<>(Optional.of(LossSignal.NO_REPLY), 1), new Count<>(Optional.<LossSignal>empty(), 1)),
                summary.reasons(), "equal counts in precedence order, unknown last");
        assertEquals(List.of(new Count<>(Optional.of(Team.LISTING), 1), new Count<>(Optional.of(Team.PRODUCT), 1),
                new Count<>(Optional.of(Team.CUSTOMER_SERVICE), 1), new Count<>(Optional.<Team>empty(), 1)),
                summary.teams());
        assertEquals(List.of(Responder.BOT, new Responder("bob", false), Responder.NOBODY),
                summary.agents().stream().map(LostInquirySummary.AgentLosses::responder).toList());
        assertEquals(2, summary.agents().get(1).lostInquiries());
        // b2 asked for 顺丰 too: demand counts every lost buyer's evidence, not only the deciding one.
        assertEquals(List.of(new Count<>("顺丰", 2)), summary.couriers());
        assertEquals(List.of(new Count<>("item-9", 1)), summary.outOfStockItems());
        assertEquals(0.5, summary.couriers().get(0).shareOf(4));
    }

    @Test
    void filtersSelectByReasonUnknownTeamAndResponder() {
        List<LostInquiry> lost = day().stream().filter(InquiryOutcome::lost).map(LostInquiry::of).toList();
        LostInquiryFilter unknown = new LostInquiryFilter(Optional.of(Optional.empty()), Optional.empty(), Optional.empty());
        assertEquals(List.of("b4"), lost.stream().filter(unknown::matches).map(LostInquiry::buyerId).toList());
        LostInquiryFilter listing = new LostInquiryFilter(Optional.empty(), Optional.of(Team.LISTING), Optional.empty());
        assertEquals(List.of("b3"), lost.stream().filter(listing::matches).map(LostInquiry::buyerId).toList());
        LostInquiryFilter bob = new LostInquiryFilter(Optional.empty(), Optional.empty(),
                Optional.of(new Responder("bob", false)));
        assertEquals(List.of("b2", "b3"), lost.stream().filter(bob::matches).map(LostInquiry::buyerId).toList());
        assertEquals(4, lost.stream().filter(LostInquiryFilter.ALL::matches).count());
    }
}
