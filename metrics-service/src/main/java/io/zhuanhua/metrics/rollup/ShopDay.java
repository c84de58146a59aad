package io.zhuanhua.metrics.rollup;

import java.time.LocalDate;
import java.util.Comparator;

/** A shop-local day of one shop: the unit a rollup is kept and refreshed in. */
public record ShopDay(String shopId, LocalDate day) implements Comparable<ShopDay> {
    private static final Comparator<ShopDay> ORDER = Comparator.comparing(ShopDay::shopId)
            .thenComparing(ShopDay::day);

    @Override
    public int compareTo(ShopDay other) {
        return ORDER.compare(this, other);
    }
}
