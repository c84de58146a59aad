package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;

/**
 * One grouped row of a report.
 *
 * @param day   null unless grouped by day
 * @param party null unless grouped by agent
 */
public record ReportRow(LocalDate day, Party party, ConversionFigures figures) {
}
