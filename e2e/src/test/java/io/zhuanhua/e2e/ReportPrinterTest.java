package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.metrics.v1.ConversionFigures;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ConversionRow;

class ReportPrinterTest {

    @Test
    void agentTableAlignsChineseByDisplayWidth() {
        ConversionReport report = ConversionReport.newBuilder()
                .addRows(ConversionRow.newBuilder().setAgentId("暖阳女装旗舰店:小雨").setFigures(figures(12, 7, 6, 77400)))
                .addRows(ConversionRow.newBuilder().setBot(true).setFigures(figures(4, 2, 2, 11800)))
                .setTotal(figures(40, 25, 21, 300000))
                .build();
        String table = ReportPrinter.byAgent(report);
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).contains("询单人数"));
        assertTrue(lines.stream().anyMatch(line -> line.contains("机器人")));
        assertTrue(table.contains("62.5%"), "40 → 25 is 62.5%");
        assertTrue(table.contains("¥3,000.00"));
        // Every line ends at the same terminal column: the figures are right-aligned.
        int width = displayWidth(lines.get(0));
        lines.forEach(line -> assertEquals(width, displayWidth(line), line));
    }

    private static ConversionFigures figures(long inquiring, long ordering, long paying, long salesFen) {
        return ConversionFigures.newBuilder()
                .setInquiringBuyers(inquiring).setOrderingBuyers(ordering).setPayingBuyers(paying)
                .setConsultationConversion((double) ordering / inquiring)
                .setPaymentConversion((double) paying / ordering)
                .setFinalConversion((double) paying / inquiring)
                .setCsSales(Money.newBuilder().setAmountMinor(salesFen))
                .setAverageOrderValue(Money.newBuilder().setAmountMinor(salesFen / paying))
                .build();
    }

    private static int displayWidth(String line) {
        return line.codePoints().map(cp -> cp >= 0x2E80 && cp != 0x2192 ? 2 : 1).sum();
    }
}
