package io.zhuanhua.metrics.conversion;

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

    public ResponseFigures plus(ResponseFigures o) {
        return new ResponseFigures(humanFirst.plus(o.humanFirst), humanFirstBusiness.plus(o.humanFirstBusiness),
                botFirst.plus(o.botFirst), botFirstBusiness.plus(o.botFirstBusiness), turns.plus(o.turns),
                turnsBusiness.plus(o.turnsBusiness), unansweredTurns + o.unansweredTurns,
                messagedBuyers + o.messagedBuyers, repliedBuyers + o.repliedBuyers);
    }

    /** 回复率: buyers who got a reply / buyers who messaged. */
    public double replyRate() {
        return messagedBuyers == 0 ? 0 : (double) repliedBuyers / messagedBuyers;
    }
}
