package io.zhuanhua.metrics.conversion;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.consultation.ConsultationRepository;
import io.zhuanhua.metrics.order.OrderRepository;

/** Loads only what attribution over a period needs (see {@link PeriodFacts}); call it inside a transaction. */
@ApplicationScoped
public class PeriodFactsLoader {
    private final ShopCalendars calendars;
    private final ConsultationRepository consultations;
    private final OrderRepository orders;

    public PeriodFactsLoader(ShopCalendars calendars, ConsultationRepository consultations, OrderRepository orders) {
        this.calendars = calendars;
        this.consultations = consultations;
        this.orders = orders;
    }

    public PeriodFacts load(String shopId, ReportPeriod period) {
        ShopCalendar calendar = calendars.of(shopId);
        // Inquiries up to windowDays before the period still cover orders of its first days.
        Instant inquiriesFrom = calendar.startOf(period.start().minusDays(calendar.windowDays()));
        Instant inquiriesTo = calendar.startOf(period.end().plusDays(1));
        Instant ordersFrom = calendar.startOf(period.start());
        Instant ordersTo = calendar.windowEnd(period.end());
        return new PeriodFacts(calendar, period, consultations.inquiries(shopId, inquiriesFrom, inquiriesTo),
                consultations.repliesForInquiries(shopId, inquiriesFrom, inquiriesTo, ordersTo),
                orders.createdBetween(shopId, ordersFrom, ordersTo));
    }
}
