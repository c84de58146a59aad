package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A shop's days and attribution window. An inquiry of day d covers orders until the start of day
 * d + windowDays + 1 in the shop's zone: with the default of 1, until the end of the next day.
 */
public record ShopCalendar(ZoneId zone, int windowDays) {
    /** Keeps the data a report loads bounded; a month is already far beyond how shops attribute. */
    public static final int MAX_WINDOW_DAYS = 30;

    public ShopCalendar {
        Objects.requireNonNull(zone, "zone");
        if (windowDays < 0 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException(
                    "window-days must be between 0 and " + MAX_WINDOW_DAYS + ", was " + windowDays);
        }
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** First instant of the shop-local day (the zone's rules decide when a day starts, e.g. under DST). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** End (exclusive) of the window of an inquiry made on the day. */
    public Instant windowEnd(LocalDate inquiryDay) {
        return startOf(inquiryDay.plusDays(windowDays + 1L));
    }
}
