package io.zhuanhua.metrics.agent;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A pay tier: an agent whose consultation conversion reaches {@code minConversion} gets {@code amountMinor}.
 *
 * @param minConversion the lowest consultation conversion of the tier, in [0, 1], exact
 * @param amountMinor   the bonus in minor units of the shop's currency (fen); negative for a deduction
 */
public record BonusTier(BigDecimal minConversion, long amountMinor) {

    public BonusTier {
        Objects.requireNonNull(minConversion, "minConversion");
        if (minConversion.signum() < 0 || minConversion.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a tier's conversion must be between 0% and 100%, was " + minConversion);
        }
    }

    /** ordering / inquiring ≥ the threshold, computed exactly (no rounding puts 54.99…% into the 55% tier). */
    public boolean reachedBy(long orderingBuyers, long inquiringBuyers) {
        return BigDecimal.valueOf(orderingBuyers).compareTo(minConversion.multiply(BigDecimal.valueOf(inquiringBuyers))) >= 0;
    }
}
