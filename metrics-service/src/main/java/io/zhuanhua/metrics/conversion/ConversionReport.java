package io.zhuanhua.metrics.conversion;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.zhuanhua.metrics.money.Money;

/**
 * A shop's report over a period: the total (sums of the shop's daily counts) and rows grouped by day, by one
 * dimension (agent, hour, product, category, platform), or by both, ordered by day, then key (the bot,
 * whose agent id is empty, first).
 */
public record ConversionReport(String shopId, ReportPeriod period, ZoneId zone, String currency,
        ConversionFigures total, List<ReportRow> rows) {

    public ConversionReport {
        rows = List.copyOf(rows);
    }

    public static ConversionReport of(String shopId, ZoneId zone, DailyConversion daily, Set<ReportGrouping> groupBy) {
        Dimension dimension = ReportGrouping.dimensionOf(groupBy);
        if (!groupBy.contains(ReportGrouping.DAY)) {
            return summed(shopId, zone, daily.period(), daily.currency(), daily.rows().values(), dimension);
        }
        ConversionFigures total = ConversionFigures.sum(daily.shop().values());
        return new ConversionReport(shopId, daily.period(), zone, currencyOrDefault(daily.currency()), total,
                rowsByDay(daily, dimension));
    }

    /**
     * A report without day rows from parts that tile the period (days, or runs of days), each with its rows:
     * the total sums the shop's rows, each row of the dimension sums its key's rows.
     *
     * @param currency the currency of every amount; null when nothing was sold
     */
    public static ConversionReport summed(String shopId, ZoneId zone, ReportPeriod period, String currency,
            Collection<? extends Map<RowKey, ConversionFigures>> parts, Dimension dimension) {
        List<ConversionFigures> shop = new ArrayList<>();
        SortedMap<RowKey, List<ConversionFigures>> byKey = new TreeMap<>();
        for (Map<RowKey, ConversionFigures> part : parts) {
            part.forEach((key, figures) -> {
                if (key.dimension() == Dimension.SHOP) {
                    shop.add(figures);
                } else if (key.dimension() == dimension) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(figures);
                }
            });
        }
        List<ReportRow> rows = new ArrayList<>();
        byKey.forEach((key, figures) -> rows.add(new ReportRow(null, key, ConversionFigures.sum(figures))));
        return new ConversionReport(shopId, period, zone, currencyOrDefault(currency), ConversionFigures.sum(shop), rows);
    }

    private static String currencyOrDefault(String currency) {
        return currency == null ? Money.DEFAULT_CURRENCY : currency;
    }

    /**
     * The waits human agents answered: every agent row but the bot's, summed (bot replies never count as human
     * replies, DOMAIN.md "Response times"). Only a report grouped by agent has agent rows; agent rows count no
     * buyers, so the reply rate stays the total's.
     */
    public ResponseFigures humanResponses() {
        return ResponseFigures.sum(rows.stream().filter(row -> row.party() != null && !row.party().bot())
                .map(row -> row.figures().response()).toList());
    }

    private static List<ReportRow> rowsByDay(DailyConversion daily, Dimension dimension) {
        List<ReportRow> rows = new ArrayList<>();
        if (dimension != null) {
            daily.of(dimension).forEach((day, byKey) -> byKey
                    .forEach((key, figures) -> rows.add(new ReportRow(day, key, figures))));
        } else {
            // Every day of the period, zeros included: the shop map has them all.
            daily.shop().forEach((day, figures) -> rows.add(new ReportRow(day, null, figures)));
        }
        return rows;
    }
}
