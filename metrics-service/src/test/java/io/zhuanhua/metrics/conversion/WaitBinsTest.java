package io.zhuanhua.metrics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The display bins of a wait histogram: their edges, and that they hold every wait exactly once. */
class WaitBinsTest {
    private static final List<String> BINS = List.of("0-6000", "6000-10000", "10000-30000", "30000-60000",
            "60000-120000", "120000-300000", "300000-600000", "600000-1800000", "1800000-");

    private static WaitStats of(long... millis) {
        WaitStats.Builder builder = new WaitStats.Builder();
        for (long m : millis) {
            builder.add(m);
        }
        return builder.build();
    }

    private static List<Long> counts(WaitStats waits) {
        return WaitBins.of(waits).stream().map(WaitBins.Bin::count).toList();
    }

    @Test
    void theBinsRunFromTheGoldenSixSecondsToAnOpenLastBin() {
        assertEquals(BINS, WaitBins.of(WaitStats.EMPTY).stream()
                .map(b -> b.fromMillis() + "-" + (b.toMillis() < 0 ? "" : b.toMillis())).toList());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), counts(WaitStats.EMPTY));
    }

    @Test
    void aWaitOnAnEdgeBelongsToTheBinItOpens() {
        // The last millisecond below each edge and the edge itself; a negative wait counts as 0.
        WaitStats waits = of(-5, 5_999, 6_000, 9_999, 10_000, 29_999, 30_000, 59_999, 60_000, 119_999, 120_000,
                299_999, 300_000, 599_999, 600_000, 1_799_999, 1_800_000, 10 * 3_600_000);
        assertEquals(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L), counts(waits));
        // Exactly 6 s is within the golden six seconds by the exact share, but in the 6–10 s bin.
        assertEquals(List.of(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), counts(of(6_000)));
        assertEquals(1.0, of(6_000).shareWithinSixSeconds());
    }

    @Test
    void noBucketStraddlesABinEdge() {
        // A bucket's first and last millisecond land in the same bin: the bins sum buckets without splitting any.
        for (int bucket = 0; bucket + 1 < WaitStats.BUCKETS; bucket++) {
            List<Long> counts = counts(of(WaitStats.bucketFromMillis(bucket), WaitStats.bucketToMillis(bucket) - 1));
            assertEquals(2L, counts.stream().mapToLong(Long::longValue).max().orElseThrow(), "bucket " + bucket);
        }
    }

    @Test
    void theBinsSumToTheCountOfAPeriodsMergedHistograms() {
        WaitStats monday = of(1_000, 6_500, 45_000, 61_000, 130_000);
        WaitStats tuesday = of(2_000, 2_500, 400_000, 900_000, 4_000_000);
        WaitStats period = WaitStats.sum(List.of(monday, tuesday));

        assertEquals(List.of(3L, 1L, 0L, 1L, 1L, 1L, 1L, 1L, 1L), counts(period));
        assertEquals(period.count(), counts(period).stream().mapToLong(Long::longValue).sum());
    }
}
