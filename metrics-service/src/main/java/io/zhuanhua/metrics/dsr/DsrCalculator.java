package io.zhuanhua.metrics.dsr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/** The DSR formulas of DOMAIN.md; plain arithmetic on star counts, no I/O. */
public final class DsrCalculator {
    /** Platforms score the last 180 days. */
    public static final int WINDOW_DAYS = 180;

    private DsrCalculator() {
    }

    /**
     * The 180 shop-local days before {@code asOf}: from the start of asOf − 180 days to the start of asOf, so
     * the score as of today holds every rating up to yesterday's end, as platforms update it once a day.
     */
    public static DsrWindow window(LocalDate asOf, ZoneId zone) {
        LocalDate first = asOf.minusDays(WINDOW_DAYS);
        return new DsrWindow(first, asOf.minusDays(1), first.atStartOfDay(zone).toInstant(),
                asOf.atStartOfDay(zone).toInstant());
    }

    /** F = (5·n5 + 4·n4 + 3·n3 + 2·n2 + 1·n1) / n; empty without ratings (a shop without ratings has no score). */
    public static OptionalDouble score(StarCounts counts) {
        long n = counts.total();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) counts.stars() / n);
    }

    /** (shop − mean) / (max − mean); empty without a score, without figures, or when max equals mean. */
    public static OptionalDouble position(OptionalDouble score, Optional<IndustryBenchmark> industry) {
        if (score.isEmpty() || industry.isEmpty() || industry.get().max() == industry.get().mean()) {
            return OptionalDouble.empty();
        }
        IndustryBenchmark figures = industry.get();
        return OptionalDouble.of((score.getAsDouble() - figures.mean()) / (figures.max() - figures.mean()));
    }

    /**
     * The smallest whole x ≥ 0 with (f·n + k + 5x) / (n + 1 + x) ≥ f, i.e. x ≥ (f − k) / (5 − f) (DOMAIN.md;
     * the source's 6/(5 − f) − 1 is a slip). With f = S/n this is x ≥ (S − k·n) / (5·n − S), computed in whole
     * numbers so that a score like 4.8905 is not rounded on the way. Empty without ratings, and at f = 5: no
     * number of 5-star ratings brings a bad one back to 5.
     */
    public static OptionalLong recoveryCost(StarCounts counts, int stars) {
        if (!Rating.isStars(stars) || stars == Rating.MAX_STARS) {
            throw new IllegalArgumentException("a bad rating has 1 to 4 stars, not " + stars);
        }
        long n = counts.total();
        long sum = counts.stars();
        long headroom = Rating.MAX_STARS * n - sum;
        if (n == 0 || headroom == 0) {
            return OptionalLong.empty();
        }
        // A rating at or above the score does not lower it: nothing to make up.
        // Rounded up (Java 17 has no Math.ceilDiv; headroom is positive here).
        return OptionalLong.of(Math.max(0, -Math.floorDiv(stars * n - sum, headroom)));
    }

    /** Score, position and recovery costs of one dimension. */
    public static DimensionDsr dimension(StarCounts counts, Optional<IndustryBenchmark> industry) {
        OptionalDouble score = score(counts);
        SortedMap<Integer, OptionalLong> recovery = new TreeMap<>();
        for (int stars = Rating.MIN_STARS; stars < Rating.MAX_STARS; stars++) {
            recovery.put(stars, recoveryCost(counts, stars));
        }
        return new DimensionDsr(counts, score, industry, position(score, industry),
                Collections.unmodifiableSortedMap(recovery));
    }
}
