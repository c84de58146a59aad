package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The figures of each day of a period: the shop's, and each party's (only the parties that served an
 * inquiry that day).
 *
 * @param currency the currency of every CS sales amount
 */
public record DailyConversion(ReportPeriod period, String currency, SortedMap<LocalDate, ConversionFigures> shop,
        SortedMap<LocalDate, SortedMap<Party, ConversionFigures>> parties) {
}
