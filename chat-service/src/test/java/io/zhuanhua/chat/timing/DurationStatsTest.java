package io.zhuanhua.chat.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationStatsTest {

    private static DurationStats millis(long... values) {
        return DurationStats.of(Arrays.stream(values).mapToObj(Duration::ofMillis).toList());
    }

    private static long[] parse(String values) {
        return Arrays.stream(values.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    @ParameterizedTest(name = "[{0}] → median {1}, p90 {2}, mean {3}")
    @CsvSource(delimiter = '|', textBlock = """
            7000                            | 7000 | 7000 | 7000
            4000 1000 3000 2000             | 2000 | 4000 | 2500
            1 2                             | 1    | 2    | 2
            1 2 3 4 5 6 7 8 9 10            | 5    | 9    | 6
            1 2 3 4 5 6 7 8 9 10 11         | 6    | 10   | 6
            5 5 5 100                       | 5    | 100  | 29
            """)
    void nearestRankMedianAndP90(String values, long median, long p90, long mean) {
        DurationStats s = millis(parse(values));
        assertEquals(Optional.of(Duration.ofMillis(median)), s.median());
        assertEquals(Optional.of(Duration.ofMillis(p90)), s.p90());
        assertEquals(Optional.of(Duration.ofMillis(mean)), s.mean(), "mean rounds half up to the millisecond");
    }

    @Test
    void percentileEnds() {
        DurationStats s = millis(30, 10, 20);
        assertEquals(Optional.of(Duration.ofMillis(10)), s.percentile(1));
        assertEquals(Optional.of(Duration.ofMillis(30)), s.percentile(100));
        assertThrows(IllegalArgumentException.class, () -> s.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> s.percentile(101));
    }

    @Test
    void anEmptySampleHasNoValues() {
        assertEquals(0, DurationStats.EMPTY.count());
        assertEquals(Optional.empty(), DurationStats.EMPTY.mean());
        assertEquals(Optional.empty(), DurationStats.EMPTY.median());
        assertEquals(Optional.empty(), DurationStats.EMPTY.p90());
        assertEquals(OptionalDouble.empty(), DurationStats.EMPTY.shareWithin(ResponseStats.GOLDEN_SIX_SECONDS));
        assertEquals(DurationStats.EMPTY, DurationStats.of(List.of()));
    }

    @Test
    void withinSixSecondsIncludesSixPointZero() {
        DurationStats s = millis(0, 5999, 6000, 6001, 10000, 10001, 60000, 900000);
        assertEquals(3, s.countWithin(ResponseStats.GOLDEN_SIX_SECONDS));
        assertEquals(5, s.countWithin(ResponseStats.UPPER_BOUND));
        assertEquals(OptionalDouble.of(3 / 8.0), s.shareWithin(ResponseStats.GOLDEN_SIX_SECONDS));
        assertEquals(OptionalDouble.of(5 / 8.0), s.shareWithin(ResponseStats.UPPER_BOUND));
        assertEquals(0, s.countWithin(Duration.ofMillis(-1)));
    }

    @Test
    void subMillisecondPartsAreDropped() {
        DurationStats s = DurationStats.of(List.of(Duration.ofNanos(6_000_999_999L)));
        assertEquals(Optional.of(Duration.ofMillis(6000)), s.median());
        assertEquals(millis(6000), s);
    }

    @Test
    void mergingEqualsCollectingTogether() {
        DurationStats a = millis(5, 1, 9);
        DurationStats b = millis(2, 9, 30, 4);
        DurationStats all = millis(5, 1, 9, 2, 9, 30, 4);
        assertEquals(all, a.merge(b));
        assertEquals(all, b.merge(a));
        assertEquals(all, DurationStats.combine(List.of(a, DurationStats.EMPTY, b)));
        assertEquals(a, a.merge(DurationStats.EMPTY));
        assertEquals(all.hashCode(), a.merge(b).hashCode());
        assertEquals(Optional.of(Duration.ofMillis(5)), all.median());
    }

    @Test
    void negativeWaitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DurationStats.of(List.of(Duration.ofMillis(-1))));
    }
}
