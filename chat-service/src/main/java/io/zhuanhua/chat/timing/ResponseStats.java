package io.zhuanhua.chat.timing;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.zhuanhua.chat.conversation.Sender;

/**
 * Response times over many conversations, mergeable (sums of counts, union of samples) so that reports can combine
 * shops, agents and days. Built per buyer ({@link #ofBuyer}) because the reply rate counts buyers, not
 * conversations; merging two stats that hold the same buyer counts that buyer twice, as DOMAIN.md sums daily
 * counts over periods.
 *
 * <p>Shares within {@link #GOLDEN_SIX_SECONDS} and {@link #UPPER_BOUND} come from the samples
 * ({@code humanFirstResponse().calendar().shareWithin(GOLDEN_SIX_SECONDS)}); their denominator is the answered turns
 * or the first responses given, since unanswered turns are a count, not a time.
 *
 * @param buyers buyers who wrote
 * @param repliedBuyers of those, buyers who got at least one reply (human or bot)
 * @param conversations conversations in which the buyer wrote
 * @param turns buyer turns
 * @param unansweredTurns turns nobody answered
 * @param botFirstResponse the bot first response times
 * @param humanFirstResponse the human first response times
 * @param turnReplies over answered turns, the wait until the next reply of either kind (平均响应时间)
 * @param humanTurns over turns a human answered, the wait until the human's reply
 * @param botTurns over turns only the bot answered, the wait until the bot's reply
 */
public record ResponseStats(int buyers, int repliedBuyers, int conversations, int turns, int unansweredTurns,
        Waits botFirstResponse, Waits humanFirstResponse, Waits turnReplies, Waits humanTurns, Waits botTurns) {

    /** 黄金6秒: the target for a first reply. */
    public static final Duration GOLDEN_SIX_SECONDS = Duration.ofSeconds(6);

    /** The common upper bound for a reply. */
    public static final Duration UPPER_BOUND = Duration.ofSeconds(10);

    public static final ResponseStats EMPTY = new ResponseStats(0, 0, 0, 0, 0, Waits.EMPTY, Waits.EMPTY, Waits.EMPTY,
            Waits.EMPTY, Waits.EMPTY);

    /** The same waits on the wall clock and in business hours. */
    public record Waits(DurationStats calendar, DurationStats business) {
        public static final Waits EMPTY = new Waits(DurationStats.EMPTY, DurationStats.EMPTY);

        public Waits {
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(business, "business");
        }

        public static Waits of(Collection<Wait> waits) {
            return new Waits(DurationStats.of(waits.stream().map(Wait::calendar).toList()),
                    DurationStats.of(waits.stream().map(Wait::business).toList()));
        }

        public Waits merge(Waits other) {
            return new Waits(calendar.merge(other.calendar), business.merge(other.business));
        }

        static Waits combine(Collection<Waits> all) {
            return new Waits(DurationStats.combine(all.stream().map(Waits::calendar).toList()),
                    DurationStats.combine(all.stream().map(Waits::business).toList()));
        }
    }

    /** One buyer's conversations (of one day, say): one buyer, replied if any conversation got a reply. */
    public static ResponseStats ofBuyer(List<ResponseTimes> conversations) {
        List<ResponseTimes> wrote = conversations.stream().filter(ResponseTimes::buyerWrote).toList();
        List<BuyerTurn> turns = wrote.stream().flatMap(c -> c.turns().stream()).toList();
        List<BuyerTurn> answered = turns.stream().filter(BuyerTurn::answered).toList();
        return new ResponseStats(wrote.isEmpty() ? 0 : 1, answered.isEmpty() ? 0 : 1, wrote.size(), turns.size(),
                turns.size() - answered.size(),
                Waits.of(wrote.stream().map(ResponseTimes::botFirstResponse).filter(Objects::nonNull).toList()),
                Waits.of(wrote.stream().map(ResponseTimes::humanFirstResponse).filter(Objects::nonNull).toList()),
                Waits.of(answered.stream().map(BuyerTurn::firstReply).toList()),
                Waits.of(answered.stream().filter(t -> t.answeredBy() == Sender.AGENT)
                        .map(BuyerTurn::response).toList()),
                Waits.of(answered.stream().filter(t -> t.answeredBy() == Sender.BOT)
                        .map(BuyerTurn::response).toList()));
    }

    public ResponseStats merge(ResponseStats other) {
        return new ResponseStats(buyers + other.buyers, repliedBuyers + other.repliedBuyers,
                conversations + other.conversations, turns + other.turns, unansweredTurns + other.unansweredTurns,
                botFirstResponse.merge(other.botFirstResponse), humanFirstResponse.merge(other.humanFirstResponse),
                turnReplies.merge(other.turnReplies), humanTurns.merge(other.humanTurns),
                botTurns.merge(other.botTurns));
    }

    /** The same as merging them one by one, in one pass. */
    public static ResponseStats combine(Collection<ResponseStats> all) {
        return new ResponseStats(sum(all, ResponseStats::buyers), sum(all, ResponseStats::repliedBuyers),
                sum(all, ResponseStats::conversations), sum(all, ResponseStats::turns),
                sum(all, ResponseStats::unansweredTurns), waits(all, ResponseStats::botFirstResponse),
                waits(all, ResponseStats::humanFirstResponse), waits(all, ResponseStats::turnReplies),
                waits(all, ResponseStats::humanTurns), waits(all, ResponseStats::botTurns));
    }

    private static int sum(Collection<ResponseStats> all, ToIntFunction<ResponseStats> count) {
        return all.stream().mapToInt(count).sum();
    }

    private static Waits waits(Collection<ResponseStats> all, Function<ResponseStats, Waits> waits) {
        return Waits.combine(all.stream().map(waits).toList());
    }

    /** 回复率: buyers who got a reply / buyers who wrote; empty when nobody wrote. */
    public OptionalDouble replyRate() {
        return buyers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) repliedBuyers / buyers);
    }
}
