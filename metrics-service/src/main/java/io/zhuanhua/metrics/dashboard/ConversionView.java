package io.zhuanhua.metrics.dashboard;

import java.util.List;

import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.ReportRow;

/**
 * A conversion report as the dashboard reads it: the gRPC report's fields, dates as ISO strings, amounts in
 * minor units of {@code currency}.
 */
public record ConversionView(String shopId, String from, String to, String timeZone, String currency,
        Figures total, List<Row> rows) {

    static ConversionView of(ConversionReport report) {
        return new ConversionView(report.shopId(), report.period().start().toString(),
                report.period().end().toString(), report.zone().getId(), report.currency(),
                Figures.of(report.total()), report.rows().stream().map(Row::of).toList());
    }

    /**
     * One grouped row.
     *
     * @param day     null unless grouped by day
     * @param agentId null unless grouped by agent; empty for the bot
     */
    public record Row(String day, String agentId, boolean bot, Figures figures) {
        static Row of(ReportRow row) {
            return new Row(row.day() == null ? null : row.day().toString(),
                    row.party() == null ? null : row.party().agentId(), row.party() != null && row.party().bot(),
                    Figures.of(row.figures()));
        }
    }

    /** The counts and the rates derived from them, as {@link ConversionFigures} defines them. */
    public record Figures(long inquiringBuyers, long orderingBuyers, long payingBuyers, double consultationConversion,
            double paymentConversion, double finalConversion, long silentOrderingBuyers, long allOrderingBuyers,
            double silentOrderShare, long csSalesMinor, long averageOrderValueMinor) {

        static Figures of(ConversionFigures f) {
            return new Figures(f.inquiringBuyers(), f.orderingBuyers(), f.payingBuyers(), f.consultationConversion(),
                    f.paymentConversion(), f.finalConversion(), f.silentOrderingBuyers(), f.allOrderingBuyers(),
                    f.silentOrderShare(), f.csSalesMinor(), f.averageOrderValueMinor());
        }
    }
}
