package io.zhuanhua.chat.profile;

import java.util.List;
import java.util.Objects;

/**
 * A buyer's customer type: one reading per dimension of DOMAIN.md, and the buyer status from the order
 * history.
 *
 * @param readings one per {@link Dimension}, in its declaration order
 * @param status first-time or returning from the order history; UNKNOWN without one. Independent of the
 *        TRUST reading, which also hears the buyer's own words and prefers a voiced doubt
 */
public record CustomerProfile(List<DimensionReading> readings, BuyerStatus status) {

    public CustomerProfile {
        Objects.requireNonNull(status, "status");
        readings = List.copyOf(readings);
        Dimension[] dimensions = Dimension.values();
        if (readings.size() != dimensions.length) {
            throw new IllegalArgumentException("one reading per dimension");
        }
        for (int i = 0; i < dimensions.length; i++) {
            if (readings.get(i).dimension() != dimensions[i]) {
                throw new IllegalArgumentException("readings must follow the Dimension order");
            }
        }
    }

    public DimensionReading reading(Dimension dimension) {
        return readings.get(dimension.ordinal());
    }

    public Pole pole(Dimension dimension) {
        return reading(dimension).pole();
    }

    /** The order history is known and shows no paid order. */
    public boolean firstTimeBuyer() {
        return status == BuyerStatus.FIRST_TIME;
    }

    /** The order history is known and shows a paid order. */
    public boolean returning() {
        return status == BuyerStatus.RETURNING;
    }

    /** The strategies of the decided poles, in dimension order. */
    public List<String> strategies() {
        return readings.stream().map(DimensionReading::strategy).filter(s -> !s.isEmpty()).toList();
    }
}
