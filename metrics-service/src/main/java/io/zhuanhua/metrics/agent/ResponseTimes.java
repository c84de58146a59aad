package io.zhuanhua.metrics.agent;

import java.time.Duration;
import java.util.Optional;

/**
 * Waits for replies summed so they can be merged: how many, and their total in calendar and business time.
 */
public record ResponseTimes(long count, Duration calendarTotal, Duration businessTotal) {
    public static final ResponseTimes NONE = new ResponseTimes(0, Duration.ZERO, Duration.ZERO);

    public ResponseTimes plus(Duration calendar, Duration business) {
        return new ResponseTimes(count + 1, calendarTotal.plus(calendar), businessTotal.plus(business));
    }

    /** Mean wall-clock wait; empty without replies. */
    public Optional<Duration> averageCalendar() {
        return count == 0 ? Optional.empty() : Optional.of(calendarTotal.dividedBy(count));
    }

    /** Mean wait within business hours; empty without replies. */
    public Optional<Duration> averageBusiness() {
        return count == 0 ? Optional.empty() : Optional.of(businessTotal.dividedBy(count));
    }
}
