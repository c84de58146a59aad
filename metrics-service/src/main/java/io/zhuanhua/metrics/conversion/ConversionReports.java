package io.zhuanhua.metrics.conversion;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Computes conversion reports from the stored facts at query time, so a report converges whatever the
 * order in which orders and conversations arrived. Loads only what the period needs (see
 * {@link ConversionCalculator} for what that is).
 */
@ApplicationScoped
public class ConversionReports {
    private final PeriodFactsLoader loader;

    public ConversionReports(PeriodFactsLoader loader) {
        this.loader = loader;
    }

    @Transactional
    public ConversionReport report(String shopId, ReportPeriod period, Set<ReportGrouping> groupBy) {
        PeriodFacts facts = loader.load(shopId, period);
        DailyConversion daily = new ConversionCalculator(facts.calendar()).daily(period, facts.consultationFacts(),
                facts.replyFacts(), facts.orderFacts());
        return ConversionReport.of(shopId, facts.calendar().zone(), daily, groupBy);
    }
}
