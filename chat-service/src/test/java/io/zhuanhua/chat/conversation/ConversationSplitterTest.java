package io.zhuanhua.chat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConversationSplitterTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private final ConversationSplitter splitter = new ConversationSplitter(Duration.ofMinutes(30));

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void messagesWithinTheIdleTimeoutStayTogether() {
        assertEquals(List.of(0), splitter.conversationStarts(List.of(at(0), at(29), at(58), at(88)), List.of()));
    }

    @Test
    void aGapLongerThanTheIdleTimeoutStartsANewConversation() {
        assertEquals(List.of(0, 2), splitter.conversationStarts(List.of(at(0), at(10), at(41), at(50)), List.of()));
    }

    @Test
    void exactlyTheIdleTimeoutIsNotIdle() {
        assertEquals(List.of(0), splitter.conversationStarts(List.of(at(0), at(30)), List.of()));
    }

    @Test
    void aCloseEndsTheConversationEvenWithoutAGap() {
        assertEquals(List.of(0, 2), splitter.conversationStarts(List.of(at(0), at(2), at(5), at(6)), List.of(at(3))));
    }

    @Test
    void aCloseBeforeTheFirstOrAfterTheLastMessageSplitsNothing() {
        assertEquals(List.of(0), splitter.conversationStarts(List.of(at(10), at(12)), List.of(at(1), at(20))));
    }

    @Test
    void aCloseAtTheTimeOfTheLastMessageEndsAfterIt() {
        assertEquals(List.of(0, 1), splitter.conversationStarts(List.of(at(0), at(4)), List.of(at(0))));
    }
}
