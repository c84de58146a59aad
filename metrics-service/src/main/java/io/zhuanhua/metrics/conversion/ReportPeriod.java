package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

import io.zhuanhua.kit.error.InvalidFieldException;

/** The shop-local days a report covers, both ends included. */
public record ReportPeriod(LocalDate start, LocalDate end) {
    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidFieldException("period.end", "must not be before period.start");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidFieldException("period.end", "the period must not span more than " + MAX_DAYS + " days");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Consecutive periods of at most {@code days} days that together make this one, in order. */
    public Stream<ReportPeriod> chunks(int days) {
        return Stream.iterate(start, day -> !day.isAfter(end), day -> day.plusDays(days)).map(first -> {
            LocalDate last = first.plusDays(days - 1L);
            return new ReportPeriod(first, last.isAfter(end) ? end : last);
        });
    }

    public Stream<LocalDate> days() {
        return start.datesUntil(end.plusDays(1));
    }
}
