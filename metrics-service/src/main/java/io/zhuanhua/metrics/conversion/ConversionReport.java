package io.zhuanhua.metrics.conversion;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Conversion of a shop over a period: the total (sums of the shop's daily counts) and rows grouped by day,
 * by party, or by both, ordered by day, then agent id (the bot, whose id is empty, first).
 */
public record ConversionReport(String shopId, ReportPeriod period, ZoneId zone, String currency,
        ConversionFigures total, List<ReportRow> rows) {

    public ConversionReport {
        rows = List.copyOf(rows);
    }

    public static ConversionReport of(String shopId, ZoneId zone, DailyConversion daily, Set<ReportGrouping> groupBy) {
        ConversionFigures total = daily.shop().values().stream().reduce(ConversionFigures.ZERO, ConversionFigures::plus);
        return new ConversionReport(shopId, daily.period(), zone, daily.currency(), total, rowsOf(daily, groupBy));
    }

    private static List<ReportRow> rowsOf(DailyConversion daily, Set<ReportGrouping> groupBy) {
        boolean byDay = groupBy.contains(ReportGrouping.DAY);
        boolean byAgent = groupBy.contains(ReportGrouping.AGENT);
        List<ReportRow> rows = new ArrayList<>();
        if (byDay && byAgent) {
            daily.parties().forEach((day, byParty) -> byParty
                    .forEach((party, figures) -> rows.add(new ReportRow(day, party, figures))));
        } else if (byDay) {
            // Every day of the period, zeros included: the shop map has them all.
            daily.shop().forEach((day, figures) -> rows.add(new ReportRow(day, null, figures)));
        } else if (byAgent) {
            SortedMap<Party, ConversionFigures> overPeriod = new TreeMap<>();
            for (Map<Party, ConversionFigures> byParty : daily.parties().values()) {
                byParty.forEach((party, figures) -> overPeriod.merge(party, figures, ConversionFigures::plus));
            }
            overPeriod.forEach((party, figures) -> rows.add(new ReportRow(null, party, figures)));
        }
        return rows;
    }
}
