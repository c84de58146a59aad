package io.zhuanhua.metrics.conversion;

/**
 * A wait for a reply, as chat-service measured it: wall-clock, and the part of it in the shop's business
 * hours.
 *
 * @param answeredBy who answered; null for a turn nobody answered (then both waits are 0 and unused)
 */
public record ResponseWait(Party answeredBy, long calendarMillis, long businessMillis) {

    public boolean answered() {
        return answeredBy != null;
    }
}
