package io.zhuanhua.metrics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Grouping of the daily figures into a report's total and rows. */
class ConversionReportTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MAR_2 = LocalDate.parse("2026-03-02");
    private static final LocalDate MAR_3 = LocalDate.parse("2026-03-03");
    private static final LocalDate MAR_4 = LocalDate.parse("2026-03-04");

    private final Scenario s = new Scenario(new ShopCalendar(SHANGHAI, 1));

    /** Mar 2: bob sells to b1, the bot serves b2; Mar 3: bob serves b1 again, alice sells to b3; Mar 4 idle. */
    private ConversionReport report(Set<ReportGrouping> groupBy) {
        s.reply(s.inquiry("b1", "2026-03-02T10:00"), "bob", "2026-03-02T10:01");
        s.paidOrder("b1", "2026-03-02T11:00", 1000);
        s.botReply(s.inquiry("b2", "2026-03-02T10:00"), "2026-03-02T10:00:02");
        s.reply(s.inquiry("b1", "2026-03-03T10:00"), "bob", "2026-03-03T10:01");
        s.reply(s.inquiry("b3", "2026-03-03T10:00"), "alice", "2026-03-03T10:01");
        s.paidOrder("b3", "2026-03-03T11:00", 2001);
        s.paidOrder("b3", "2026-03-03T12:00", 1000);
        return ConversionReport.of("shop-a", SHANGHAI, s.daily("2026-03-02", "2026-03-04"), groupBy);
    }

    @Test
    void totalOnlyWithoutGrouping() {
        ConversionReport report = report(Set.of());

        assertTrue(report.rows().isEmpty());
        assertEquals(new ConversionFigures(4, 2, 2, 0, 2, 4001), report.total());
        assertEquals(2000, report.total().averageOrderValueMinor()); // 4001 / 2, rounded down
        assertEquals("CNY", report.currency());
    }

    @Test
    void dayRowsCoverEveryDayOfThePeriod() {
        List<ReportRow> rows = report(EnumSet.of(ReportGrouping.DAY)).rows();

        assertEquals(List.of(MAR_2, MAR_3, MAR_4), rows.stream().map(ReportRow::day).toList());
        assertTrue(rows.stream().allMatch(r -> r.party() == null));
        assertEquals(new ConversionFigures(2, 1, 1, 0, 1, 1000), rows.get(0).figures());
        assertEquals(new ConversionFigures(2, 1, 1, 0, 1, 3001), rows.get(1).figures());
        assertEquals(ConversionFigures.ZERO, rows.get(2).figures());
    }

    @Test
    void agentRowsSumTheAgentsDaysWithTheBotFirst() {
        List<ReportRow> rows = report(EnumSet.of(ReportGrouping.AGENT)).rows();

        assertEquals(List.of(Party.BOT, Party.agent("alice"), Party.agent("bob")),
                rows.stream().map(ReportRow::party).toList());
        assertTrue(rows.stream().allMatch(r -> r.day() == null));
        assertEquals(new ConversionFigures(1, 0, 0, 0, 0, 0), rows.get(0).figures());
        assertEquals(new ConversionFigures(1, 1, 1, 0, 0, 3001), rows.get(1).figures());
        // b1's order was created before the Mar 3 inquiry: it is in the Mar 2 window only.
        assertEquals(new ConversionFigures(2, 1, 1, 0, 0, 1000), rows.get(2).figures());
    }

    @Test
    void dayAndAgentRowsAreOrderedByDayThenAgent() {
        List<ReportRow> rows = report(EnumSet.of(ReportGrouping.DAY, ReportGrouping.AGENT)).rows();

        assertEquals(List.of(MAR_2, MAR_2, MAR_3, MAR_3), rows.stream().map(ReportRow::day).toList());
        assertEquals(List.of(Party.BOT, Party.agent("bob"), Party.agent("alice"), Party.agent("bob")),
                rows.stream().map(ReportRow::party).toList());
        assertEquals(new ConversionFigures(1, 0, 0, 0, 0, 0), rows.get(3).figures());
        assertNull(rows.stream().filter(r -> MAR_4.equals(r.day())).findAny().orElse(null));
    }
}
