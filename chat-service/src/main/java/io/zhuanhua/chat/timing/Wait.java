package io.zhuanhua.chat.timing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How long a buyer waited for a reply, on the wall clock and in the shop's business hours, to the millisecond.
 *
 * @param from when the clock started
 * @param to the reply
 * @param calendar {@code to - from}
 * @param business the part of it the shop was open
 */
public record Wait(Instant from, Instant to, Duration calendar, Duration business) {

    /** @throws IllegalArgumentException when {@code to} is before {@code from} */
    public static Wait of(Instant from, Instant to, BusinessHours hours) {
        return new Wait(from, to, Duration.between(from, to).truncatedTo(ChronoUnit.MILLIS),
                hours.businessTimeBetween(from, to).truncatedTo(ChronoUnit.MILLIS));
    }
}
