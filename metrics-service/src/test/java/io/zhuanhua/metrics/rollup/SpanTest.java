package io.zhuanhua.metrics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.zhuanhua.metrics.conversion.ReportPeriod;

class SpanTest {
    // Epoch day 20480 = 80 * 256: aligned at every level.
    private static final LocalDate ALIGNED = LocalDate.ofEpochDay(20_480);

    @Test
    void aDayBelongsToOneAlignedSpanPerLevel() {
        LocalDate day = ALIGNED.plusDays(13);
        assertEquals(new Span(day, 0), Span.of(day, 0));
        assertEquals(new Span(ALIGNED.plusDays(12), 2), Span.of(day, 2));
        assertEquals(new Span(ALIGNED, 8), Span.of(day, 8));
        assertEquals(List.of(new Span(ALIGNED.plusDays(8), 2), new Span(ALIGNED.plusDays(12), 2)),
                Span.of(day, 3).halves());
        assertThrows(IllegalArgumentException.class, () -> new Span(ALIGNED.plusDays(1), 1));
    }

    @Test
    void aPeriodIsCoveredByAtMostTwoSpansOfEachLevelInOrderWithoutGapsOrOverlap() {
        for (int offset = 0; offset < 40; offset++) {
            for (int days : new int[] { 1, 2, 7, 30, 180, 366 }) {
                ReportPeriod period = new ReportPeriod(ALIGNED.plusDays(offset * 7L), ALIGNED.plusDays(offset * 7L + days - 1));
                List<Span> cover = Span.cover(period, new TreeSet<>());
                assertTiles(period, cover);
                int[] perLevel = new int[Span.MAX_LEVEL + 1];
                cover.forEach(span -> perLevel[span.level()]++);
                for (int level = 0; level < Span.MAX_LEVEL; level++) {
                    assertTrue(perLevel[level] <= 2, period + " level " + level + ": " + cover);
                }
            }
        }
        // 180 days from an unaligned start: 2+1+2+1+... spans, not 180 days.
        List<Span> cover = Span.cover(new ReportPeriod(ALIGNED.plusDays(3), ALIGNED.plusDays(182)), new TreeSet<>());
        assertTrue(cover.size() <= 14, cover.toString());
    }

    @Test
    void excludedDaysComeAsDaysAndNoSpanHoldsThem() {
        ReportPeriod period = new ReportPeriod(ALIGNED, ALIGNED.plusDays(63));
        TreeSet<LocalDate> dirty = new TreeSet<>(List.of(ALIGNED.plusDays(5), ALIGNED.plusDays(40)));
        List<Span> cover = Span.cover(period, dirty);
        assertTiles(period, cover);
        for (LocalDate day : dirty) {
            assertTrue(cover.contains(new Span(day, 0)), cover.toString());
        }
        assertTrue(cover.stream().filter(span -> span.level() > 0)
                .noneMatch(span -> !dirty.subSet(span.first(), true, span.last(), true).isEmpty()));
        assertTrue(cover.size() < 16, cover.toString());
    }

    private static void assertTiles(ReportPeriod period, List<Span> cover) {
        LocalDate next = period.start();
        for (Span span : cover) {
            assertEquals(next, span.first(), cover.toString());
            next = span.last().plusDays(1);
        }
        assertEquals(period.end().plusDays(1), next);
    }
}
