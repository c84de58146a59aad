package io.zhuanhua.metrics.conversion;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.consultation.ConsultationRepository;
import io.zhuanhua.metrics.rollup.FactLoader;

/** Loads only what attribution over a period needs (see {@link PeriodFacts}); call it inside a transaction. */
@ApplicationScoped
public class PeriodFactsLoader {
    private final ShopCalendars calendars;
    private final ConsultationRepository consultations;
    private final FactLoader facts;

    public PeriodFactsLoader(ShopCalendars calendars, ConsultationRepository consultations, FactLoader facts) {
        this.calendars = calendars;
        this.consultations = consultations;
        this.facts = facts;
    }

    public PeriodFacts load(String shopId, ReportPeriod period) {
        ShopCalendar calendar = calendars.of(shopId);
        FactSpan span = FactSpan.of(calendar, period);
        return new PeriodFacts(calendar, period,
                consultations.inquiries(shopId, span.conversationsFrom(), span.conversationsTo()),
                consultations.repliesForInquiries(shopId, span.conversationsFrom(), span.conversationsTo(),
                        span.ordersTo()),
                facts.orders(shopId, span));
    }
}
