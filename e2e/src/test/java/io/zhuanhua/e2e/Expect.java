package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;

import io.zhuanhua.proto.metrics.v1.ConversionFigures;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ConversionRow;

/** Expected report figures, with DOMAIN.md's rates computed from the counts. */
final class Expect {
    /** How long facts may take to travel chat-service → outbox → metrics-service. */
    static final Duration CONVERGENCE = Duration.ofSeconds(30);
    private static final double RATE_TOLERANCE = 1e-9;

    private Expect() {
    }

    /** Counts and the three conversion rates (0 when the denominator is 0). */
    static void conversion(String what, ConversionFigures f, long inquiring, long ordering, long paying) {
        assertEquals(inquiring, f.getInquiringBuyers(), what + ": inquiring buyers (询单人数)");
        assertEquals(ordering, f.getOrderingBuyers(), what + ": ordering buyers (下单人数)");
        assertEquals(paying, f.getPayingBuyers(), what + ": paying buyers (付款人数)");
        assertEquals(ratio(ordering, inquiring), f.getConsultationConversion(), RATE_TOLERANCE,
                what + ": consultation conversion (询单转化率)");
        assertEquals(ratio(paying, ordering), f.getPaymentConversion(), RATE_TOLERANCE,
                what + ": payment conversion (付款转化率)");
        assertEquals(ratio(paying, inquiring), f.getFinalConversion(), RATE_TOLERANCE,
                what + ": final conversion (询单→付款)");
    }

    /** Silent ordering buyers, all ordering buyers and their share. */
    static void silentOrders(String what, ConversionFigures f, long silent, long allOrdering) {
        assertEquals(silent, f.getSilentOrderingBuyers(), what + ": silent ordering buyers");
        assertEquals(allOrdering, f.getAllOrderingBuyers(), what + ": all ordering buyers");
        assertEquals(ratio(silent, allOrdering), f.getSilentOrderShare(), RATE_TOLERANCE,
                what + ": silent-order share (静默下单占比)");
    }

    /** CS sales in fen and the average order value (CS sales / paying buyers). */
    static void sales(String what, ConversionFigures f, long csSalesFen) {
        assertEquals(csSalesFen, f.getCsSales().getAmountMinor(), what + ": CS sales in fen (客服销售额)");
        long paying = f.getPayingBuyers();
        assertEquals(paying == 0 ? 0 : csSalesFen / paying, f.getAverageOrderValue().getAmountMinor(),
                what + ": average order value in fen (客单价)");
    }

    static ConversionFigures day(ConversionReport report, LocalDate day) {
        return report.getRowsList().stream()
                .filter(row -> row.getDay().equals(ShopClient.date(day)) && row.getAgentId().isEmpty() && !row.getBot())
                .map(ConversionRow::getFigures)
                .findFirst()
                .orElseGet(() -> fail("no row for day " + day));
    }

    static ConversionFigures agent(ConversionReport report, String agentId) {
        return report.getRowsList().stream()
                .filter(row -> row.getAgentId().equals(agentId) && !row.getBot())
                .map(ConversionRow::getFigures)
                .findFirst()
                .orElseGet(() -> fail("no row for agent " + agentId));
    }

    static ConversionFigures bot(ConversionReport report) {
        return report.getRowsList().stream()
                .filter(ConversionRow::getBot)
                .map(ConversionRow::getFigures)
                .findFirst()
                .orElseGet(() -> fail("no bot row"));
    }

    /** The report as another shop would have it: the same figures, the shop id aside. */
    static ConversionReport withoutShop(ConversionReport report) {
        return report.toBuilder().clearShopId().build();
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
