package io.zhuanhua.metrics.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Response-time statistics: exact means and shares, percentiles at bucket precision, merging by days. */
class WaitStatsTest {

    private static WaitStats of(long... millis) {
        WaitStats.Builder builder = new WaitStats.Builder();
        for (long m : millis) {
            builder.add(m);
        }
        return builder.build();
    }

    @Test
    void averageAndGoldenSixSecondSharesAreExact() {
        WaitStats waits = of(2_000, 6_000, 6_001, 10_000, 30_500);

        assertEquals(5, waits.count());
        assertEquals(10_900, waits.averageMillis());
        assertEquals(0.4, waits.shareWithinSixSeconds());
        assertEquals(0.8, waits.shareWithinTenSeconds());
        assertEquals(30_500, waits.longestMillis());
    }

    @Test
    void percentilesAreTheUpperEdgeOfTheirBucketCappedAtTheLongestWait() {
        // Ten waits of 1.2 s .. 10.2 s: the median (5th) is 5.2 s, in bucket [5 s, 6 s); p90 (9th) is 9.2 s.
        WaitStats waits = of(1_200, 2_200, 3_200, 4_200, 5_200, 6_200, 7_200, 8_200, 9_200, 10_200);
        assertEquals(6_000, waits.medianMillis());
        assertEquals(10_000, waits.p90Millis());
        // Coarser buckets further out: 10 s wide below 5 min, 1 min below 30 min, open after.
        assertEquals(130_000, of(121_000, 200_000).medianMillis());
        assertEquals(20 * 60_000, of(19 * 60_000 + 5, 25 * 60_000).medianMillis());
        assertEquals(3 * 3_600_000, of(3 * 3_600_000).p90Millis());
        assertEquals(1_500, of(1_500).medianMillis());
    }

    @Test
    void aPeriodsStatisticsAreTheSumOfItsDays() {
        WaitStats monday = of(1_000, 50_000, 70_000);
        WaitStats tuesday = of(3_000, 4_000);

        assertEquals(of(1_000, 50_000, 70_000, 3_000, 4_000), WaitStats.sum(List.of(monday, tuesday)));
        // 1, 3, 4, 50, 70 s: the median 4 s lies in [4 s, 5 s).
        assertEquals(5_000, WaitStats.sum(List.of(monday, tuesday)).medianMillis());
        assertEquals(monday, WaitStats.sum(List.of(monday, WaitStats.EMPTY)));
        assertEquals(List.of(0L, 0L), List.of(WaitStats.EMPTY.medianMillis(), WaitStats.EMPTY.averageMillis()));
    }
}
