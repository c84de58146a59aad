package io.zhuanhua.metrics.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

import io.zhuanhua.metrics.conversion.ReportPeriod;

/**
 * An aligned run of 2^level shop-local days whose first day's epoch day is a multiple of 2^level: a day is a
 * level-0 span, two neighbouring spans of one level make the span of the next. Any period is covered by at
 * most two spans of each level, so a report summed over a period reads a few rows per key instead of one
 * per day.
 */
public record Span(LocalDate first, int level) {
    /** 256 days: a year-long period takes two spans of it. */
    public static final int MAX_LEVEL = 8;

    public Span {
        if (level < 0 || level > MAX_LEVEL || Math.floorMod(first.toEpochDay(), 1L << level) != 0) {
            throw new IllegalArgumentException("not an aligned span: " + first + " level " + level);
        }
    }

    /** The span of the level that holds the day. */
    public static Span of(LocalDate day, int level) {
        long size = 1L << level;
        return new Span(LocalDate.ofEpochDay(Math.floorDiv(day.toEpochDay(), size) * size), level);
    }

    public long days() {
        return 1L << level;
    }

    public LocalDate last() {
        return first.plusDays(days() - 1);
    }

    /** The two spans one level down, in day order. */
    public List<Span> halves() {
        if (level == 0) {
            throw new IllegalStateException("a day has no halves");
        }
        return List.of(new Span(first, level - 1), new Span(first.plusDays(days() / 2), level - 1));
    }

    /**
     * The fewest spans that tile the period, none holding one of the excluded days (those come as days):
     * from the first day on, each time the largest aligned span that fits.
     */
    public static List<Span> cover(ReportPeriod period, NavigableSet<LocalDate> excluded) {
        List<Span> spans = new ArrayList<>();
        LocalDate day = period.start();
        while (!day.isAfter(period.end())) {
            int level = 0;
            while (level < MAX_LEVEL) {
                long size = 1L << (level + 1);
                LocalDate last = day.plusDays(size - 1);
                if (Math.floorMod(day.toEpochDay(), size) != 0 || last.isAfter(period.end())
                        || !excluded.subSet(day, true, last, true).isEmpty()) {
                    break;
                }
                level++;
            }
            Span span = new Span(day, level);
            spans.add(span);
            day = span.last().plusDays(1);
        }
        return spans;
    }
}
