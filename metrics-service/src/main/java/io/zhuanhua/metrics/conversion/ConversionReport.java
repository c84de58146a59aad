package io.zhuanhua.metrics.conversion;

import java.time.ZoneId;
import java.util.ArrayList;
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
        ConversionFigures total = ConversionFigures.sum(daily.shop().values());
        return new ConversionReport(shopId, daily.period(), zone,
                daily.currency() == null ? Money.DEFAULT_CURRENCY : daily.currency(), total,
                rowsOf(daily, groupBy.contains(ReportGrouping.DAY), dimension));
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

    private static List<ReportRow> rowsOf(DailyConversion daily, boolean byDay, Dimension dimension) {
        List<ReportRow> rows = new ArrayList<>();
        if (byDay && dimension != null) {
            daily.of(dimension).forEach((day, byKey) -> byKey
                    .forEach((key, figures) -> rows.add(new ReportRow(day, key, figures))));
        } else if (byDay) {
            // Every day of the period, zeros included: the shop map has them all.
            daily.shop().forEach((day, figures) -> rows.add(new ReportRow(day, null, figures)));
        } else if (dimension != null) {
            SortedMap<RowKey, List<ConversionFigures>> overPeriod = new TreeMap<>();
            for (Map<RowKey, ConversionFigures> byKey : daily.of(dimension).values()) {
                byKey.forEach((key, figures) -> overPeriod.computeIfAbsent(key, k -> new ArrayList<>()).add(figures));
            }
            overPeriod.forEach((key, days) -> rows.add(new ReportRow(null, key, ConversionFigures.sum(days))));
        }
        return rows;
    }
}
