package io.zhuanhua.metrics.conversion;

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

    public ConversionFigures plus(ConversionFigures other) {
        return new ConversionFigures(inquiringBuyers + other.inquiringBuyers, orderingBuyers + other.orderingBuyers,
                payingBuyers + other.payingBuyers, silentOrderingBuyers + other.silentOrderingBuyers,
                allOrderingBuyers + other.allOrderingBuyers, csSalesMinor + other.csSalesMinor,
                refunds + other.refunds, refundedMinor + other.refundedMinor, response.plus(other.response),
                bot.plus(other.bot));
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
