package io.zhuanhua.chat.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class ResponseStatsTest {

    private static ResponseStats buyer(String... conversations) {
        return ResponseStats.ofBuyer(List.of(conversations).stream().map(c -> Script.of(c).times()).toList());
    }

    // Four buyers: fast human, bot then slow human after a transfer, one answered and one ignored conversation,
    // and a buyer nobody answered.
    private final ResponseStats fast = buyer("B0 A4 B10 B20 A26");
    private final ResponseStats transferred = buyer("B0 R2 B20 R21 T30 A45 B50 A53");
    private final ResponseStats twice = buyer("B0 A12 B30", "B0 B5");
    private final ResponseStats ignored = buyer("B0");

    @Test
    void oneBuyerWithTwoConversationsIsOneBuyer() {
        assertEquals(1, twice.buyers());
        assertEquals(1, twice.repliedBuyers());
        assertEquals(2, twice.conversations());
        assertEquals(3, twice.turns());
        assertEquals(2, twice.unansweredTurns());
        assertEquals(0, buyer("A0").buyers(), "a conversation the buyer never wrote in has no buyer");
    }

    @Test
    void aggregatesOverBuyers() {
        ResponseStats all = ResponseStats.combine(List.of(fast, transferred, twice, ignored));
        assertEquals(4, all.buyers());
        assertEquals(3, all.repliedBuyers());
        assertEquals(OptionalDouble.of(0.75), all.replyRate());
        assertEquals(5, all.conversations());
        assertEquals(9, all.turns());
        assertEquals(3, all.unansweredTurns());

        // Human first responses 4, 15, 12 s; bot 2 s.
        DurationStats humanFirst = all.humanFirstResponse().calendar();
        assertEquals(3, humanFirst.count());
        assertEquals(Optional.of(Duration.ofSeconds(12)), humanFirst.median());
        assertEquals(Optional.of(Duration.ofSeconds(15)), humanFirst.p90());
        assertEquals(OptionalDouble.of(1 / 3.0), humanFirst.shareWithin(ResponseStats.GOLDEN_SIX_SECONDS));
        assertEquals(OptionalDouble.of(1 / 3.0), humanFirst.shareWithin(ResponseStats.UPPER_BOUND));
        assertEquals(1, all.botFirstResponse().calendar().count());

        // Answered turns: next reply 4, 16, 2, 1, 3, 12 s; by a human 4, 16, 25, 3, 12 s; only by the bot 2 s.
        assertEquals(Optional.of(Duration.ofMillis(6333)), all.turnReplies().calendar().mean());
        assertEquals(Optional.of(Duration.ofSeconds(3)), all.turnReplies().calendar().median());
        assertEquals(OptionalDouble.of(4 / 6.0), all.turnReplies().calendar().shareWithin(ResponseStats.GOLDEN_SIX_SECONDS));
        assertEquals(Optional.of(Duration.ofSeconds(12)), all.humanTurns().calendar().median());
        assertEquals(Optional.of(Duration.ofSeconds(25)), all.humanTurns().calendar().p90());
        assertEquals(5, all.humanTurns().calendar().count());
        assertEquals(1, all.botTurns().calendar().count());
        assertEquals(all.turnReplies().calendar(), all.turnReplies().business(), "always open");
    }

    @Test
    void mergingInAnyOrderEqualsCombining() {
        ResponseStats combined = ResponseStats.combine(List.of(fast, transferred, twice, ignored));
        assertEquals(combined, fast.merge(transferred).merge(twice).merge(ignored));
        assertEquals(combined, ignored.merge(twice.merge(transferred)).merge(fast));
        assertEquals(combined, combined.merge(ResponseStats.EMPTY));
        assertEquals(ResponseStats.EMPTY, ResponseStats.combine(List.of()));
    }

    @Test
    void nobodyWroteHasNoReplyRate() {
        assertEquals(OptionalDouble.empty(), ResponseStats.EMPTY.replyRate());
    }

    @Test
    void firstResponsesInBusinessTime() {
        BusinessHours hours = BusinessHours.parse("Mon-Sun 09:00-23:00");
        // 2026-11-24T15:50Z is 23:50 in Shanghai, after closing; the human answers at 09:05.
        ResponseTimes late = Script.of("B0 R2 A33300", java.time.Instant.parse("2026-11-24T15:50:00Z")).times(hours);
        ResponseStats s = ResponseStats.ofBuyer(List.of(late));
        assertEquals(OptionalDouble.of(0.0), s.humanFirstResponse().calendar().shareWithin(ResponseStats.UPPER_BOUND));
        assertEquals(Optional.of(Duration.ofMinutes(5)), s.humanFirstResponse().business().median());
        assertEquals(OptionalDouble.of(1.0), s.botFirstResponse().business().shareWithin(ResponseStats.GOLDEN_SIX_SECONDS));
    }
}
