package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;

/**
 * One grouped row of a report.
 *
 * @param day null unless grouped by day
 * @param key null unless grouped by a dimension (agent, hour, product, category or platform)
 */
public record ReportRow(LocalDate day, RowKey key, ConversionFigures figures) {

    /** The agent or bot of an agent row; null otherwise. */
    public Party party() {
        return key == null ? null : key.party();
    }
}
