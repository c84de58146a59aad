package io.zhuanhua.chat.timing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An immutable, mergeable sample of durations at millisecond precision (sub-millisecond parts are dropped), kept
 * whole so that medians and percentiles stay exact after merging.
 *
 * <p>Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank ⌈p·n/100⌉ (1-based).
 * It is always an observed value; the median is the 50th percentile, so for an even count it is the lower of the
 * two middle values, not their average.
 */
public final class DurationStats {
    public static final DurationStats EMPTY = new DurationStats(new long[0]);

    private final long[] sortedMillis;

    private DurationStats(long[] sortedMillis) {
        this.sortedMillis = sortedMillis;
    }

    /** @throws IllegalArgumentException for a negative duration */
    public static DurationStats of(Collection<Duration> durations) {
        long[] millis = new long[durations.size()];
        int i = 0;
        for (Duration d : durations) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("a wait cannot be negative: " + d);
            }
            millis[i++] = d.toMillis();
        }
        Arrays.sort(millis);
        return new DurationStats(millis);
    }

    /** All values of all the samples, as if collected together. */
    public static DurationStats combine(Collection<DurationStats> samples) {
        long[] millis = new long[samples.stream().mapToInt(DurationStats::count).sum()];
        int i = 0;
        for (DurationStats s : samples) {
            System.arraycopy(s.sortedMillis, 0, millis, i, s.sortedMillis.length);
            i += s.sortedMillis.length;
        }
        Arrays.sort(millis);
        return new DurationStats(millis);
    }

    public DurationStats merge(DurationStats other) {
        long[] a = sortedMillis;
        long[] b = other.sortedMillis;
        long[] merged = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, merged, k, a.length - i);
        System.arraycopy(b, j, merged, k + a.length - i, b.length - j);
        return new DurationStats(merged);
    }

    public int count() {
        return sortedMillis.length;
    }

    /** The arithmetic mean, rounded half up to the millisecond; empty for an empty sample. */
    public Optional<Duration> mean() {
        if (sortedMillis.length == 0) {
            return Optional.empty();
        }
        long n = sortedMillis.length;
        return Optional.of(Duration.ofMillis(Math.floorDiv(2 * Arrays.stream(sortedMillis).sum() + n, 2 * n)));
    }

    /** The nearest-rank median; empty for an empty sample. */
    public Optional<Duration> median() {
        return percentile(50);
    }

    /** The nearest-rank 90th percentile; empty for an empty sample. */
    public Optional<Duration> p90() {
        return percentile(90);
    }

    /**
     * The nearest-rank percentile; empty for an empty sample.
     *
     * @param p 1 to 100; 100 is the maximum
     */
    public Optional<Duration> percentile(int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " is not in 1..100");
        }
        if (sortedMillis.length == 0) {
            return Optional.empty();
        }
        int rank = (int) ((p * (long) sortedMillis.length + 99) / 100);
        return Optional.of(Duration.ofMillis(sortedMillis[rank - 1]));
    }

    /** Values at most {@code limit}: a reply at exactly 6.000 s is within six seconds. */
    public int countWithin(Duration limit) {
        long bound = limit.toMillis();
        int lo = 0;
        int hi = sortedMillis.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedMillis[mid] <= bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@link #countWithin} over {@link #count}; empty for an empty sample. */
    public OptionalDouble shareWithin(Duration limit) {
        return sortedMillis.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) countWithin(limit) / sortedMillis.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DurationStats other && Arrays.equals(sortedMillis, other.sortedMillis);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sortedMillis);
    }

    @Override
    public String toString() {
        return "DurationStats[count=" + count() + ", mean=" + mean().orElse(null) + ", median="
                + median().orElse(null) + ", p90=" + p90().orElse(null) + "]";
    }
}
