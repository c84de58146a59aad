package io.zhuanhua.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.zhuanhua.proto.common.v1.Date;
import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.metrics.v1.ConversionFigures;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ConversionRow;

/** Conversion reports as terminal tables, Chinese headings aligned by display width. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    /** Rows per agent (the bot on a row of its own) and the shop total. */
    public static String byAgent(ConversionReport report) {
        Table table = new Table("客服", "询单人数", "下单人数", "付款人数", "询单转化率", "付款转化率", "询单→付款",
                "客服销售额", "客单价");
        for (ConversionRow row : report.getRowsList()) {
            table.row(row.getBot() ? "机器人 " + ShopEvents.BOT : row.getAgentId(), conversion(row.getFigures()));
        }
        table.row("全店", conversion(report.getTotal()));
        return table.render();
    }

    /** Rows per day with the silent-order share, and the period total. */
    public static String byDay(ConversionReport report) {
        Table table = new Table("日期", "询单人数", "下单人数", "付款人数", "询单转化率", "付款转化率", "询单→付款",
                "客服销售额", "客单价", "静默下单", "全部下单", "静默下单占比");
        for (ConversionRow row : report.getRowsList()) {
            table.row(day(row.getDay()), withSilent(row.getFigures()));
        }
        table.row("合计", withSilent(report.getTotal()));
        return table.render();
    }

    public static String period(ConversionReport report) {
        String start = day(report.getPeriod().getStart());
        String end = day(report.getPeriod().getEnd());
        return (start.equals(end) ? start : start + " ~ " + end) + "（" + report.getTimeZone() + "）";
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static String yuan(Money money) {
        return String.format(Locale.ROOT, "¥%,.2f", money.getAmountMinor() / 100.0);
    }

    private static List<String> conversion(ConversionFigures f) {
        return List.of(String.valueOf(f.getInquiringBuyers()), String.valueOf(f.getOrderingBuyers()),
                String.valueOf(f.getPayingBuyers()), percent(f.getConsultationConversion()),
                percent(f.getPaymentConversion()), percent(f.getFinalConversion()), yuan(f.getCsSales()),
                yuan(f.getAverageOrderValue()));
    }

    private static List<String> withSilent(ConversionFigures f) {
        List<String> cells = new ArrayList<>(conversion(f));
        cells.addAll(List.of(String.valueOf(f.getSilentOrderingBuyers()), String.valueOf(f.getAllOrderingBuyers()),
                percent(f.getSilentOrderShare())));
        return cells;
    }

    private static String day(Date date) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonth(), date.getDay());
    }

    /** A plain table: first column left-aligned, figures right-aligned. */
    private static final class Table {
        private final List<List<String>> rows = new ArrayList<>();

        Table(String... headings) {
            rows.add(List.of(headings));
        }

        void row(String label, List<String> cells) {
            List<String> row = new ArrayList<>();
            row.add(label);
            row.addAll(cells);
            rows.add(row);
        }

        String render() {
            int columns = rows.get(0).size();
            int[] widths = new int[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < columns; c++) {
                    widths[c] = Math.max(widths[c], width(row.get(c)));
                }
            }
            StringBuilder out = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                StringBuilder line = new StringBuilder("  ");
                for (int c = 0; c < columns; c++) {
                    String padding = " ".repeat(widths[c] - width(row.get(c)));
                    line.append(c == 0 ? row.get(c) + padding : padding + row.get(c)).append("  ");
                }
                out.append(line.toString().stripTrailing()).append('\n');
                if (r == 0 || r == rows.size() - 2) {
                    out.append("  ").append("-".repeat(Arrays.stream(widths).sum() + 2 * (columns - 1)))
                            .append('\n');
                }
            }
            return out.toString();
        }

        /** Terminal columns: CJK characters and full-width forms take two. */
        private static int width(String text) {
            return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
        }

        private static boolean wide(int cp) {
            return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                    || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
        }
    }
}
