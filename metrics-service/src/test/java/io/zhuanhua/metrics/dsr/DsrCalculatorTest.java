package io.zhuanhua.metrics.dsr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.error.InvalidFieldException;

class DsrCalculatorTest {
    private static final double EPSILON = 1e-9;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** DOMAIN.md's example: 94.16%, 3.05%, 1.43%, 0.40%, 0.96% of 10,000 ratings for 5..1 stars. */
    private static final StarCounts SOURCE_EXAMPLE = StarCounts.of(96, 40, 143, 305, 9416);

    @Test
    void theSourceExampleScores4_8905() {
        assertEquals(10_000, SOURCE_EXAMPLE.total());
        assertEquals(4.8905, DsrCalculator.score(SOURCE_EXAMPLE).getAsDouble(), EPSILON);
    }

    @Test
    void recoveryAtTheSourceExampleIsTheSmallestWholeNumberThatMakesUp() {
        // x ≥ (f − k) / (5 − f) at f = 4.8905: 35.53, 26.40, 17.26, 8.13, rounded up.
        assertEquals(List.of(36L, 27L, 18L, 9L), List.of(1, 2, 3, 4).stream()
                .map(k -> DsrCalculator.recoveryCost(SOURCE_EXAMPLE, k).getAsLong()).toList());
        // For k = 1 that is 4/(5 − f) − 1, not the source's 6/(5 − f) − 1 (= 53.79).
        assertEquals(Math.ceil(4 / (5 - 4.8905) - 1), 36.0, EPSILON);
    }

    @Test
    void recoveryRestoresTheScoreAndOneFewerDoesNot() {
        long n = SOURCE_EXAMPLE.total();
        long sum = SOURCE_EXAMPLE.stars();
        for (int k = 1; k <= 4; k++) {
            long x = DsrCalculator.recoveryCost(SOURCE_EXAMPLE, k).getAsLong();
            // (S + k + 5x) / (n + 1 + x) ≥ S / n, compared without division.
            assertTrue((sum + k + 5 * x) * n >= sum * (n + 1 + x), "k=" + k);
            assertTrue((sum + k + 5 * (x - 1)) * n < sum * (n + x), "k=" + k);
        }
    }

    @Test
    void anExactQuotientNeedsNoRoundingUp() {
        // f = 4.5 (one 4, one 5): one 1-star needs (4.5 − 1)/(0.5) = 7 exactly, a 4-star needs 1.
        StarCounts counts = StarCounts.of(0, 0, 0, 1, 1);
        assertEquals(OptionalLong.of(7), DsrCalculator.recoveryCost(counts, 1));
        assertEquals(OptionalLong.of(1), DsrCalculator.recoveryCost(counts, 4));
    }

    @Test
    void aRatingAtOrAboveTheScoreCostsNothing() {
        // f = 3: a 3-star or 4-star rating does not lower it.
        StarCounts counts = StarCounts.of(0, 0, 2, 0, 0);
        assertEquals(OptionalLong.of(0), DsrCalculator.recoveryCost(counts, 3));
        assertEquals(OptionalLong.of(0), DsrCalculator.recoveryCost(counts, 4));
        assertEquals(OptionalLong.of(1), DsrCalculator.recoveryCost(counts, 2));
    }

    @Test
    void aPerfectScoreCannotBeRecovered() {
        assertEquals(OptionalLong.empty(), DsrCalculator.recoveryCost(StarCounts.of(0, 0, 0, 0, 3), 4));
        assertThrows(IllegalArgumentException.class, () -> DsrCalculator.recoveryCost(SOURCE_EXAMPLE, 5));
    }

    @Test
    void positionAgainstTheIndustry() {
        OptionalDouble score = DsrCalculator.score(SOURCE_EXAMPLE);
        assertEquals(0.905, DsrCalculator.position(score, Optional.of(IndustryBenchmark.of(4.8, 4.9, "x")))
                .getAsDouble(), EPSILON);
        assertEquals(1.0, DsrCalculator.position(score, Optional.of(IndustryBenchmark.of(4.7810, 4.8905, "x")))
                .getAsDouble(), EPSILON);
        // Below the mean the position is negative: (4.8905 − 4.9) / (4.95 − 4.9) = −0.19.
        assertEquals(-0.19, DsrCalculator.position(score, Optional.of(IndustryBenchmark.of(4.9, 4.95, "x")))
                .getAsDouble(), EPSILON);
    }

    @Test
    void positionIsUnsetWhenItCannotBeComputed() {
        OptionalDouble score = DsrCalculator.score(SOURCE_EXAMPLE);
        assertEquals(OptionalDouble.empty(),
                DsrCalculator.position(score, Optional.of(IndustryBenchmark.of(4.8, 4.8, "x"))));
        assertEquals(OptionalDouble.empty(), DsrCalculator.position(score, Optional.empty()));
        assertEquals(OptionalDouble.empty(),
                DsrCalculator.position(OptionalDouble.empty(), Optional.of(IndustryBenchmark.of(4.8, 4.9, "x"))));
    }

    @Test
    void industryFiguresAreChecked() {
        InvalidFieldException maxBelowMean = assertThrows(InvalidFieldException.class,
                () -> IndustryBenchmark.of(4.8, 4.7, "industry.service"));
        assertEquals("industry.service.max", maxBelowMean.field());
        assertEquals("industry.service.mean", assertThrows(InvalidFieldException.class,
                () -> IndustryBenchmark.of(0, 4.7, "industry.service")).field());
        assertEquals("industry.service.mean", assertThrows(InvalidFieldException.class,
                () -> IndustryBenchmark.of(Double.NaN, 4.7, "industry.service")).field());
    }

    @Test
    void anEmptyShopHasNoScoreRatherThanZero() {
        DimensionDsr dsr = DsrCalculator.dimension(StarCounts.NONE, Optional.of(IndustryBenchmark.of(4.8, 4.9, "x")));
        assertEquals(OptionalDouble.empty(), dsr.score());
        assertEquals(OptionalDouble.empty(), dsr.position());
        assertEquals(0, dsr.counts().total());
        assertEquals(Map.of(1, OptionalLong.empty(), 2, OptionalLong.empty(), 3, OptionalLong.empty(), 4,
                OptionalLong.empty()), dsr.recovery());
    }

    @Test
    void theWindowIsThe180ShanghaiDaysBeforeAsOf() {
        DsrWindow window = DsrCalculator.window(LocalDate.parse("2026-07-01"), SHANGHAI);
        assertEquals(LocalDate.parse("2026-01-02"), window.firstDay());
        assertEquals(LocalDate.parse("2026-06-30"), window.lastDay());
        // Shanghai midnight is 16:00 UTC of the day before.
        assertEquals(Instant.parse("2026-01-01T16:00:00Z"), window.from());
        assertEquals(Instant.parse("2026-06-30T16:00:00Z"), window.to());
    }

    @Test
    void theWindowSpansWholeLocalDaysAcrossDaylightSaving() {
        // Los Angeles springs forward on 2026-03-08: one of the 180 days is 23 hours long.
        DsrWindow window = DsrCalculator.window(LocalDate.parse("2026-07-01"), ZoneId.of("America/Los_Angeles"));
        assertEquals(Instant.parse("2026-01-02T08:00:00Z"), window.from());
        assertEquals(Instant.parse("2026-07-01T07:00:00Z"), window.to());
        assertEquals(180 * 24 - 1, Duration.between(window.from(), window.to()).toHours());
    }
}
