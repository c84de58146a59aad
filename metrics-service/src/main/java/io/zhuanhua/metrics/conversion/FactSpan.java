package io.zhuanhua.metrics.conversion;

import java.time.Instant;

/**
 * What stored facts a period's figures need (see {@link ConversionCalculator}): conversations by first buyer
 * message in [conversationsFrom, conversationsTo), orders created in [ordersFrom, ordersTo), and replies to
 * those conversations' buyers sent up to ordersTo. Every loader of raw facts reads this one span.
 */
public record FactSpan(Instant conversationsFrom, Instant conversationsTo, Instant ordersFrom, Instant ordersTo) {

    public static FactSpan of(ShopCalendar calendar, ReportPeriod period) {
        // Inquiries up to windowDays before the period still cover orders of its first days.
        return new FactSpan(calendar.startOf(period.start().minusDays(calendar.windowDays())),
                calendar.startOf(period.end().plusDays(1)), calendar.startOf(period.start()),
                calendar.windowEnd(period.end()));
    }
}
