package io.zhuanhua.metrics.dsr;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * Stores ratings, one per (shop, platform, order id). The same rating again is a duplicate. Platforms let a
 * buyer amend a rating once: a version with other scores and a later rated_at replaces the stored one
 * wholesale; an earlier version arriving late is stale and ignored, so the stored rating is the latest
 * version whatever the arrival order. Two versions with the same rated_at and other scores cannot be
 * ordered: the later arrival wins.
 */
@ApplicationScoped
public class RatingIngest {
    private static final Comparator<Rating> KEY_ORDER = Comparator.comparing(Rating::platform)
            .thenComparing(Rating::orderId);

    private final RatingRepository ratings;

    public RatingIngest(RatingRepository ratings) {
        this.ratings = ratings;
    }

    /** All or nothing: a rejected rating (field path under {@code ratings[i]}) rolls the whole batch back. */
    @Transactional
    public List<RatingOutcome> ingest(String shopId, List<Rating> batch) {
        RatingOutcome[] outcomes = new RatingOutcome[batch.size()];
        // Rows are locked in key order so that concurrent batches never deadlock; the sort is stable, so
        // versions of one order in one batch apply in request order.
        IntStream.range(0, batch.size()).boxed()
                .sorted(Comparator.comparing(batch::get, KEY_ORDER))
                .forEach(i -> {
                    try {
                        outcomes[i] = record(shopId, batch.get(i));
                    } catch (InvalidFieldException e) {
                        throw e.under("ratings[" + i + "]");
                    }
                });
        return List.of(outcomes);
    }

    private RatingOutcome record(String shopId, Rating rating) {
        RatingRepository.Locked locked = ratings.lockOrInsert(shopId, rating);
        RatingEntity stored = locked.rating();
        if (locked.inserted()) {
            stored.descriptions.putAll(rating.descriptions());
            return RatingOutcome.STORED;
        }
        if (!stored.buyerId.equals(rating.buyerId())) {
            throw new InvalidFieldException("buyer_id",
                    "order " + rating.orderId() + " was rated by another buyer; an order has one buyer");
        }
        if (stored.sameAs(rating)) {
            return RatingOutcome.DUPLICATE;
        }
        if (rating.ratedAt().isBefore(stored.ratedAt)) {
            return RatingOutcome.STALE;
        }
        stored.take(rating);
        return RatingOutcome.REPLACED;
    }
}
