package io.zhuanhua.metrics.conversion;

import java.util.Collection;

/**
 * Counts of one row, summed over days, and the rates derived from those sums (never averaged). Amounts
 * are in minor units of the report's currency. Refunds are those of the orders behind the CS sales, counted
 * with them; they change no other figure.
 */
public record ConversionFigures(long inquiringBuyers, long orderingBuyers, long payingBuyers,
        long silentOrderingBuyers, long allOrderingBuyers, long csSalesMinor, long refunds, long refundedMinor,
        ResponseFigures response, BotFigures bot) {

    public static final ConversionFigures ZERO = new ConversionFigures(0, 0, 0, 0, 0, 0);

    /** Conversion counts only: no refunds, response times or bot figures. */
    public ConversionFigures(long inquiringBuyers, long orderingBuyers, long payingBuyers, long silentOrderingBuyers,
            long allOrderingBuyers, long csSalesMinor) {
        this(inquiringBuyers, orderingBuyers, payingBuyers, silentOrderingBuyers, allOrderingBuyers, csSalesMinor, 0, 0,
                ResponseFigures.ZERO, BotFigures.ZERO);
    }

    /** The sum of several rows or days; one pass, so that a period of thousands of rows stays cheap. */
    public static ConversionFigures sum(Collection<ConversionFigures> parts) {
        long[] c = new long[8];
        BotFigures bot = BotFigures.ZERO;
        for (ConversionFigures p : parts) {
            c[0] += p.inquiringBuyers;
            c[1] += p.orderingBuyers;
            c[2] += p.payingBuyers;
            c[3] += p.silentOrderingBuyers;
            c[4] += p.allOrderingBuyers;
            c[5] += p.csSalesMinor;
            c[6] += p.refunds;
            c[7] += p.refundedMinor;
            bot = bot.plus(p.bot);
        }
        return new ConversionFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                ResponseFigures.sum(parts.stream().map(ConversionFigures::response).toList()), bot);
    }

    /** 询单转化率: ordering / inquiring. */
    public double consultationConversion() {
        return ratio(orderingBuyers, inquiringBuyers);
    }

    /** 付款转化率: paying / ordering. */
    public double paymentConversion() {
        return ratio(payingBuyers, orderingBuyers);
    }

    /** 询单→付款: paying / inquiring. */
    public double finalConversion() {
        return ratio(payingBuyers, inquiringBuyers);
    }

    /** 静默下单占比: silent / all ordering buyers. */
    public double silentOrderShare() {
        return ratio(silentOrderingBuyers, allOrderingBuyers);
    }

    /** 客单价: CS sales / paying buyers, rounded down to the minor unit (amounts are never negative). */
    public long averageOrderValueMinor() {
        return payingBuyers == 0 ? 0 : csSalesMinor / payingBuyers;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
