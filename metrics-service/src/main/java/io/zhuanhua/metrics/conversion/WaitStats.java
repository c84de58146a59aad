package io.zhuanhua.metrics.conversion;

import java.util.Arrays;

/**
 * Mergeable statistics of a set of waits (immutable): count, sum, the 6 s and 10 s counts and the longest wait
 * exactly, and a histogram for the median and p90, because percentiles over a period cannot be derived from
 * daily percentiles. Buckets: 1 s wide below 1 min, 10 s below 5 min, 1 min below 30 min, then one open
 * bucket. A percentile is the upper edge of the bucket holding its rank, capped at the longest wait: at most
 * one bucket width above the exact value.
 */
public final class WaitStats {
    /** Lower edges of the buckets in milliseconds; the last bucket has no upper edge. */
    private static final long[] FROM = edges();
    public static final int BUCKETS = FROM.length;
    public static final WaitStats EMPTY = new WaitStats(0, 0, 0, 0, 0, new long[BUCKETS]);
    private static final long SIX_SECONDS = 6_000;
    private static final long TEN_SECONDS = 10_000;

    private final long count;
    private final long sumMillis;
    private final long withinSix;
    private final long withinTen;
    private final long longestMillis;
    private final long[] buckets;

    private WaitStats(long count, long sumMillis, long withinSix, long withinTen, long longestMillis, long[] buckets) {
        this.count = count;
        this.sumMillis = sumMillis;
        this.withinSix = withinSix;
        this.withinTen = withinTen;
        this.longestMillis = longestMillis;
        this.buckets = buckets;
    }

    private static long[] edges() {
        long[] from = new long[60 + 24 + 25 + 1];
        int i = 0;
        for (long s = 0; s < 60; s++) {
            from[i++] = s * 1000;
        }
        for (long s = 60; s < 300; s += 10) {
            from[i++] = s * 1000;
        }
        for (long s = 300; s <= 1800; s += 60) {
            from[i++] = s * 1000;
        }
        return from;
    }

    /**
     * Restores stored statistics (see {@link #buckets()} for the layout). Takes the array over without a copy,
     * as reports restore thousands of rows: the caller must not change it afterwards.
     */
    public static WaitStats of(long count, long sumMillis, long withinSix, long withinTen, long longestMillis,
            long[] buckets) {
        if (buckets.length != BUCKETS) {
            throw new IllegalArgumentException("expected " + BUCKETS + " buckets, got " + buckets.length);
        }
        return new WaitStats(count, sumMillis, withinSix, withinTen, longestMillis, buckets);
    }

    /** The statistics of all the waits of several sets, e.g. a period's days, with one array for all. */
    public static WaitStats sum(Iterable<WaitStats> parts) {
        long count = 0;
        long sum = 0;
        long six = 0;
        long ten = 0;
        long longest = 0;
        long[] buckets = null;
        for (WaitStats part : parts) {
            if (part.count == 0) {
                continue;
            }
            buckets = buckets == null ? new long[BUCKETS] : buckets;
            count += part.count;
            sum += part.sumMillis;
            six += part.withinSix;
            ten += part.withinTen;
            longest = Math.max(longest, part.longestMillis);
            for (int i = 0; i < BUCKETS; i++) {
                buckets[i] += part.buckets[i];
            }
        }
        return buckets == null ? EMPTY : new WaitStats(count, sum, six, ten, longest, buckets);
    }

    /** The bucket index of a wait: the last bucket whose lower edge is at most the wait. */
    static int bucketOf(long millis) {
        int found = Arrays.binarySearch(FROM, millis);
        return found >= 0 ? found : -found - 2;
    }

    /** Lower edge of a bucket, in milliseconds. */
    public static long bucketFromMillis(int bucket) {
        return FROM[bucket];
    }

    /** Upper edge (exclusive) of a bucket in milliseconds; -1 for the last, open bucket. */
    public static long bucketToMillis(int bucket) {
        return bucket + 1 < BUCKETS ? FROM[bucket + 1] : -1;
    }

    public long count() {
        return count;
    }

    public long sumMillis() {
        return sumMillis;
    }

    public long withinSixSeconds() {
        return withinSix;
    }

    public long withinTenSeconds() {
        return withinTen;
    }

    public long longestMillis() {
        return longestMillis;
    }

    /** Waits per bucket (a copy), shortest bucket first. */
    public long[] buckets() {
        return buckets.clone();
    }

    /** Mean wait in milliseconds, rounded down; 0 without waits. */
    public long averageMillis() {
        return count == 0 ? 0 : sumMillis / count;
    }

    public long medianMillis() {
        return percentileMillis(50);
    }

    public long p90Millis() {
        return percentileMillis(90);
    }

    /** Nearest-rank percentile at bucket precision (see the class comment); 0 without waits. */
    public long percentileMillis(int percent) {
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (count * percent + 99) / 100);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += buckets[i];
            if (seen >= rank) {
                long to = bucketToMillis(i);
                return to < 0 ? longestMillis : Math.min(to, longestMillis);
            }
        }
        return longestMillis;
    }

    /** 黄金6秒: share of waits of at most 6 s; 0 without waits. */
    public double shareWithinSixSeconds() {
        return count == 0 ? 0 : (double) withinSix / count;
    }

    public double shareWithinTenSeconds() {
        return count == 0 ? 0 : (double) withinTen / count;
    }

    /** Gathers waits one at a time (not thread-safe). */
    public static final class Builder {
        private long count;
        private long sumMillis;
        private long withinSix;
        private long withinTen;
        private long longestMillis;
        private final long[] buckets = new long[BUCKETS];

        /** A negative wait (clock skew between sender systems) counts as 0. */
        public Builder add(long millis) {
            long wait = Math.max(0, millis);
            count++;
            sumMillis += wait;
            withinSix += wait <= SIX_SECONDS ? 1 : 0;
            withinTen += wait <= TEN_SECONDS ? 1 : 0;
            longestMillis = Math.max(longestMillis, wait);
            buckets[bucketOf(wait)]++;
            return this;
        }

        public WaitStats build() {
            return count == 0 ? EMPTY
                    : new WaitStats(count, sumMillis, withinSix, withinTen, longestMillis, buckets.clone());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitStats w && count == w.count && sumMillis == w.sumMillis && withinSix == w.withinSix
                && withinTen == w.withinTen && longestMillis == w.longestMillis && Arrays.equals(buckets, w.buckets);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + Long.hashCode(sumMillis);
    }

    @Override
    public String toString() {
        return "WaitStats[count=" + count + ", average=" + averageMillis() + "ms, median=" + medianMillis()
                + "ms, p90=" + p90Millis() + "ms]";
    }
}
