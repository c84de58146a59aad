package io.zhuanhua.chat.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zhuanhua.chat.conversation.ConversationFacts;
import io.zhuanhua.chat.conversation.FirstResponses;
import io.zhuanhua.chat.conversation.Sender;

class ResponseTimesTest {

    /**
     * Renders the calendar times in seconds: first responses, then each turn as start (×buyer messages when more
     * than one), who answered, first-reply wait / answerer's wait.
     */
    private static String render(ResponseTimes t) {
        String turns = t.turns().stream().map(turn -> turn.start().getEpochSecond() - Script.T0.getEpochSecond()
                + (turn.buyerMessages() > 1 ? "x" + turn.buyerMessages() : "")
                + (turn.answered() ? " " + (turn.answeredBy() == Sender.AGENT ? "human" : "bot") + " "
                        + seconds(turn.firstReply()) + "/" + seconds(turn.response()) : " unanswered"))
                .collect(Collectors.joining(", "));
        return "bot " + seconds(t.botFirstResponse()) + ", human " + seconds(t.humanFirstResponse()) + " | " + turns
                + " | unanswered " + t.unansweredTurns() + (t.replied() ? ", replied" : ", no reply");
    }

    private static String seconds(Wait w) {
        return w == null ? "-" : String.valueOf(w.calendar().getSeconds());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            greeting then question         | B0 A4 B10 B20 A26                | bot -, human 4 | 0 human 4/4, 10x2 human 16/16 | unanswered 0, replied
            bot, transfer, human           | B0 R2 B20 R21 T30 A45 B50 A53    | bot 2, human 15 | 0 bot 2/2, 20 human 1/25, 50 human 3/3 | unanswered 0, replied
            unanswered last turn           | B0 A5 B30 A40 B100               | bot -, human 5 | 0 human 5/5, 30 human 10/10, 100 unanswered | unanswered 1, replied
            buyer writes three times       | B0 B3 B7 A9                      | bot -, human 9 | 0x3 human 9/9 | unanswered 0, replied
            system messages ignored        | S0 B1 S2 B4 S5 A9                | bot -, human 8 | 1x2 human 8/8 | unanswered 0, replied
            nobody answers                 | B0 B60                           | bot -, human - | 0x2 unanswered | unanswered 1, no reply
            agent opens the chat           | A0 B10 A12                       | bot -, human 2 | 10 human 2/2 | unanswered 0, replied
            bot only                       | B0 R1 B5 R6 R7                   | bot 1, human - | 0 bot 1/1, 5 bot 1/1 | unanswered 0, replied
            human after the bot, no transfer | B0 R1 A20                      | bot 1, human 20 | 0 human 1/20 | unanswered 0, replied
            transfer before the buyer wrote | T0 B5 R6 A30                    | bot 1, human 25 | 5 human 1/25 | unanswered 0, replied
            human first, transfer later    | B0 A3 T10 A20                    | bot -, human 3 | 0 human 3/3 | unanswered 0, replied
            buyer writes again after the transfer | B0 R1 T10 B15 A40         | bot 1, human 30 | 0 bot 1/1, 15 human 25/25 | unanswered 0, replied
            close mark changes nothing     | B0 A2 C10                        | bot -, human 2 | 0 human 2/2 | unanswered 0, replied
            the buyer never wrote          | A0 R5                            | bot -, human - |  | unanswered 0, no reply
            """)
    void turnsAndFirstResponses(String name, String script, String firstResponses, String turns, String summary) {
        assertEquals(firstResponses + " | " + (turns == null ? "" : turns) + " | " + summary,
                render(Script.of(script).times()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            B0 A4 B10 B20 A26
            B0 R2 B20 R21 T30 A45 B50 A53
            B0 R1 A20
            T0 B5 R6 A30
            B0 A3 T10 A20
            B0 R1 T10 B15 A40
            A2 T3 B5 R6
            A0 R5
            B0 R1 R2
            """)
    void firstResponsesAgreeWithConversationFacts(String script) {
        Script s = Script.of(script);
        FirstResponses first = FirstResponses.of(s.messages(), s.marks());
        ConversationFacts facts = ConversationFacts.of(s.messages(), s.marks());
        assertEquals(facts.botFirstResponse(), first.bot());
        assertEquals(facts.humanFirstResponse(), first.human());
        assertEquals(facts.transferredAt(), first.transferredAt());
        assertEquals(facts.firstBuyerMessageAt(), first.firstBuyerMessageAt());
    }

    @Test
    void aQuestionAfterClosingWaitsOnlyForTheOpenTime() {
        BusinessHours hours = BusinessHours.parse("Mon-Sun 09:00-23:00");
        Instant t0 = LocalDateTime.parse("2026-11-24T23:50").atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        // The bot's out-of-hours auto reply comes at once; the human answers at 09:05 the next morning.
        ResponseTimes t = Script.of("B0 R2 A33300", t0).times(hours);
        assertEquals(Duration.ofSeconds(2), t.botFirstResponse().calendar());
        assertEquals(Duration.ZERO, t.botFirstResponse().business());
        assertEquals(Duration.ofMinutes(9 * 60 + 15), t.humanFirstResponse().calendar());
        assertEquals(Duration.ofMinutes(5), t.humanFirstResponse().business());
        BuyerTurn turn = t.turns().get(0);
        assertEquals(Sender.AGENT, turn.answeredBy());
        assertEquals(Duration.ofSeconds(2), turn.firstReply().calendar());
        assertEquals(Duration.ofMinutes(5), turn.response().business());
        assertEquals(t.humanFirstResponse(), turn.response());
    }

    @Test
    void alwaysOpenBusinessTimeIsCalendarTime() {
        ResponseTimes t = Script.of("B0 R2 B20 R21 T30 A45 B50 A53").times();
        for (BuyerTurn turn : t.turns()) {
            assertEquals(turn.firstReply().calendar(), turn.firstReply().business());
            assertEquals(turn.response().calendar(), turn.response().business());
        }
    }

    @Test
    void waitsAreKeptToTheMillisecond() {
        Instant from = Instant.parse("2026-11-24T02:00:00.000400Z");
        Wait w = Wait.of(from, from.plusNanos(6_000_999_999L), BusinessHours.ALWAYS_OPEN);
        assertEquals(Duration.ofMillis(6000), w.calendar());
        assertEquals(Duration.ofMillis(6000), w.business());
    }

    @Test
    void unansweredTurnsHaveNoTime() {
        BuyerTurn last = Script.of("B0 A5 B30").times().turns().get(1);
        assertFalse(last.answered());
        assertNull(last.firstReply());
        assertNull(last.response());
        assertTrue(Script.of("B0 A5 B30").times().buyerWrote());
    }
}
