package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.rollup.FactLoader;
import io.zhuanhua.metrics.rollup.RollupStore;
import io.zhuanhua.metrics.rollup.SpanFigures;

/**
 * A shop's reports over any period (at most {@link ReportPeriod#MAX_DAYS} days). {@link #report} sums the
 * daily rollups and computes only the days still waiting for their rollup from the raw facts;
 * {@link #reportFromRawFacts} computes every day from the raw facts. Both give the same numbers: a period's
 * counts are sums of daily counts, and its rates and percentiles come from those sums.
 */
@ApplicationScoped
public class ConversionReports {
    private final ShopCalendars calendars;
    private final RollupStore rollups;
    private final FactLoader facts;

    public ConversionReports(ShopCalendars calendars, RollupStore rollups, FactLoader facts) {
        this.calendars = calendars;
        this.rollups = rollups;
        this.facts = facts;
    }

    /**
     * The report from the rollups (the fast path every caller should use): day rows for a report by day, else
     * the fewest spans of days that cover the period.
     */
    @Transactional
    public ConversionReport report(String shopId, ReportPeriod period, Set<ReportGrouping> groupBy) {
        Dimension dimension = ReportGrouping.dimensionOf(groupBy);
        ShopCalendar calendar = calendars.of(shopId);
        Set<String> currencies = new TreeSet<>();
        if (!groupBy.contains(ReportGrouping.DAY)) {
            RollupStore.Summable stored = rollups.loadSummable(shopId, period, dimension);
            List<Map<RowKey, ConversionFigures>> parts = new ArrayList<>();
            for (SpanFigures span : stored.clean()) {
                parts.add(span.rows());
                currencies.addAll(span.currencies());
            }
            parts.addAll(fromRawFacts(shopId, calendar, stored.dirty(), currencies).values());
            return ConversionReport.summed(shopId, calendar.zone(), period, DailyConversion.currencyOf(currencies),
                    parts, dimension);
        }
        RollupStore.Stored stored = rollups.load(shopId, period, dimension);
        SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> rows = new TreeMap<>(stored.clean().rows());
        if (stored.clean().currency() != null) {
            currencies.add(stored.clean().currency());
        }
        rows.putAll(fromRawFacts(shopId, calendar, stored.dirty(), currencies));
        return ConversionReport.of(shopId, calendar.zone(),
                new DailyConversion(period, DailyConversion.currencyOf(currencies), rows), groupBy);
    }

    /**
     * The same report computed from the raw facts alone, as a check and a benchmark baseline. Reading months of a
     * big shop's facts takes longer than the default transaction timeout of one minute.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ConversionReport reportFromRawFacts(String shopId, ReportPeriod period, Set<ReportGrouping> groupBy) {
        ShopCalendar calendar = calendars.of(shopId);
        return ConversionReport.of(shopId, calendar.zone(), facts.compute(shopId, calendar, period), groupBy);
    }

    /** The rows of the days computed from the raw facts; adds their currencies. */
    private SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> fromRawFacts(String shopId, ShopCalendar calendar,
            Set<LocalDate> days, Set<String> currencies) {
        SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> rows = new TreeMap<>();
        for (ReportPeriod run : runsOf(days)) {
            DailyConversion computed = facts.compute(shopId, calendar, run);
            rows.putAll(computed.rows());
            if (computed.currency() != null) {
                currencies.add(computed.currency());
            }
        }
        return rows;
    }

    /** Consecutive days as periods, so that each run of dirty days is read from the raw facts at once. */
    private static List<ReportPeriod> runsOf(Set<LocalDate> days) {
        List<ReportPeriod> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate day : days) {
            if (end != null && !day.equals(end.plusDays(1))) {
                runs.add(new ReportPeriod(start, end));
                start = null;
            }
            start = start == null ? day : start;
            end = day;
        }
        if (start != null) {
            runs.add(new ReportPeriod(start, end));
        }
        return runs;
    }
}
