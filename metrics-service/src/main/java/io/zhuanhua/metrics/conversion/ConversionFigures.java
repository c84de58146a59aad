package io.zhuanhua.metrics.conversion;

/**
 * Counts of one row, summed over days, and the rates derived from those sums (never averaged). Amounts
 * are in minor units of the report's currency.
 */
public record ConversionFigures(long inquiringBuyers, long orderingBuyers, long payingBuyers,
        long silentOrderingBuyers, long allOrderingBuyers, long csSalesMinor) {

    public static final ConversionFigures ZERO = new ConversionFigures(0, 0, 0, 0, 0, 0);

    public ConversionFigures plus(ConversionFigures other) {
        return new ConversionFigures(inquiringBuyers + other.inquiringBuyers, orderingBuyers + other.orderingBuyers,
                payingBuyers + other.payingBuyers, silentOrderingBuyers + other.silentOrderingBuyers,
                allOrderingBuyers + other.allOrderingBuyers, csSalesMinor + other.csSalesMinor);
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
