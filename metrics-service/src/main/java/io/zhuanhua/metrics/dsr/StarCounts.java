package io.zhuanhua.metrics.dsr;

import java.util.Arrays;

/** Ratings per star of one dimension; immutable. */
public final class StarCounts {
    public static final StarCounts NONE = new StarCounts(new long[Rating.MAX_STARS + 1]);

    /** Index = stars; index 0 unused. */
    private final long[] counts;

    private StarCounts(long[] counts) {
        this.counts = counts;
    }

    /** Counts given from 1 star to 5 stars. */
    public static StarCounts of(long oneStar, long twoStar, long threeStar, long fourStar, long fiveStar) {
        long[] counts = { 0, oneStar, twoStar, threeStar, fourStar, fiveStar };
        if (Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("counts must not be negative: " + Arrays.toString(counts));
        }
        return new StarCounts(counts);
    }

    public StarCounts plus(int stars, long count) {
        if (!Rating.isStars(stars) || count < 0) {
            throw new IllegalArgumentException(count + " ratings of " + stars + " stars");
        }
        long[] sum = counts.clone();
        sum[stars] += count;
        return new StarCounts(sum);
    }

    public long of(int stars) {
        return counts[stars];
    }

    /** n, all ratings. */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** The sum of all stars given, 5·n5 + … + 1·n1. */
    public long stars() {
        long sum = 0;
        for (int s = Rating.MIN_STARS; s <= Rating.MAX_STARS; s++) {
            sum += s * counts[s];
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StarCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "StarCounts" + Arrays.toString(Arrays.copyOfRange(counts, 1, counts.length));
    }
}
