package io.zhuanhua.metrics.dsr;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A buyer's rating of one order, checked: scores 1..5.
 *
 * @param descriptions description score by item id
 */
public record Rating(String platform, String orderId, String buyerId, Instant ratedAt, int service, int logistics,
        Map<String, Integer> descriptions) {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    public Rating {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(ratedAt, "ratedAt");
        descriptions = Map.copyOf(descriptions);
    }

    public static boolean isStars(int score) {
        return score >= MIN_STARS && score <= MAX_STARS;
    }
}
