package io.zhuanhua.metrics.conversion;

import java.util.Collection;
import java.util.function.Function;

/**
 * Response-time KPIs of a row (DOMAIN.md "Response times"), in calendar and business time, summable over
 * days: first responses of humans and of the bot, every answered buyer turn, the unanswered turns as a
 * count, and the buyers who messaged and of those who got a reply (distinct per day, summed over days).
 */
public record ResponseFigures(WaitStats humanFirst, WaitStats humanFirstBusiness, WaitStats botFirst,
        WaitStats botFirstBusiness, WaitStats turns, WaitStats turnsBusiness, long unansweredTurns,
        long messagedBuyers, long repliedBuyers) {

    public static final ResponseFigures ZERO = new ResponseFigures(WaitStats.EMPTY, WaitStats.EMPTY, WaitStats.EMPTY,
            WaitStats.EMPTY, WaitStats.EMPTY, WaitStats.EMPTY, 0, 0, 0);

    /** The figures of several rows or days, summed with one histogram per wait kind. */
    public static ResponseFigures sum(Collection<ResponseFigures> parts) {
        long unanswered = 0;
        long messaged = 0;
        long replied = 0;
        for (ResponseFigures part : parts) {
            unanswered += part.unansweredTurns;
            messaged += part.messagedBuyers;
            replied += part.repliedBuyers;
        }
        return new ResponseFigures(waits(parts, ResponseFigures::humanFirst),
                waits(parts, ResponseFigures::humanFirstBusiness), waits(parts, ResponseFigures::botFirst),
                waits(parts, ResponseFigures::botFirstBusiness), waits(parts, ResponseFigures::turns),
                waits(parts, ResponseFigures::turnsBusiness), unanswered, messaged, replied);
    }

    private static WaitStats waits(Collection<ResponseFigures> parts, Function<ResponseFigures, WaitStats> kind) {
        return WaitStats.sum(parts.stream().map(kind).toList());
    }

    /** 回复率: buyers who got a reply / buyers who messaged. */
    public double replyRate() {
        return messagedBuyers == 0 ? 0 : (double) repliedBuyers / messagedBuyers;
    }
}
