package io.zhuanhua.metrics.conversion;

import java.util.ArrayList;
import java.util.List;

/**
 * A response-time distribution in the few bins a manager reads at a glance: 0–6 s (黄金6秒), 6–10 s, 10–30 s,
 * 30–60 s, 1–2 min, 2–5 min, 5–10 min, 10–30 min and over 30 min, grouped from the histogram of
 * {@link WaitStats}. Every bin edge is a bucket edge, so each bucket lies in exactly one bin and the bins'
 * counts sum to the waits' count. Bins are half-open like the buckets: a wait of exactly 6 s lies in 6–10 s,
 * though the exact 6 s share counts it (the histogram cannot tell 6.0 s from 6.9 s).
 */
public final class WaitBins {
    /** Lower edges of the bins in milliseconds; the last bin has no upper edge. */
    static final long[] EDGES = {0, 6_000, 10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000};

    private WaitBins() {
    }

    /**
     * One bin's waits.
     *
     * @param toMillis exclusive upper edge; -1 for the last, open bin (as {@link WaitStats#bucketToMillis})
     */
    public record Bin(long fromMillis, long toMillis, long count) {
    }

    /** Every bin, empty ones included, shortest first. */
    public static List<Bin> of(WaitStats waits) {
        long[] counts = new long[EDGES.length];
        long[] buckets = waits.buckets();
        for (int bucket = 0; bucket < buckets.length; bucket++) {
            counts[binOf(WaitStats.bucketFromMillis(bucket))] += buckets[bucket];
        }
        List<Bin> bins = new ArrayList<>(EDGES.length);
        for (int i = 0; i < EDGES.length; i++) {
            bins.add(new Bin(EDGES[i], i + 1 < EDGES.length ? EDGES[i + 1] : -1, counts[i]));
        }
        return bins;
    }

    /** The bin holding a wait: the last one whose lower edge is at most the wait. */
    private static int binOf(long millis) {
        int bin = EDGES.length - 1;
        while (EDGES[bin] > millis) {
            bin--;
        }
        return bin;
    }
}
