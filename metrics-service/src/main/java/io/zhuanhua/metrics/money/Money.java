package io.zhuanhua.metrics.money;

import java.util.Objects;

/** An amount in the currency's minor unit (fen for CNY); never a float. */
public record Money(long amountMinor, String currency) {
    /** Shops sell in CNY unless their orders say otherwise. */
    public static final String DEFAULT_CURRENCY = "CNY";

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency == null || currency.isEmpty() ? DEFAULT_CURRENCY : currency);
    }
}
