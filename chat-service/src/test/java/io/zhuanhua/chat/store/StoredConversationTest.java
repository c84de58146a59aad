package io.zhuanhua.chat.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StoredConversationTest {
    private static final Instant T = Instant.parse("2026-11-20T01:00:00Z");

    private static StoredMessage message(long id, int second) {
        StoredMessage m = new StoredMessage();
        m.id = id;
        m.sentAt = T.plusSeconds(second);
        return m;
    }

    @Test
    void itHoldsItsThreadsMessagesFromItsFirstToItsLastInTimeThenIdOrder() {
        StoredConversation c = new StoredConversation();
        c.startedAt = T;
        c.firstMessageId = 10;
        c.lastMessageAt = T.plusSeconds(60);
        c.lastMessageId = 20;
        assertTrue(c.holds(message(10, 0)));
        assertTrue(c.holds(message(5, 30)), "ids need not grow with time");
        assertTrue(c.holds(message(20, 60)));
        // at the edges' instants, the id decides: a neighbour sent in the same second is not this one's
        assertFalse(c.holds(message(9, 0)));
        assertFalse(c.holds(message(21, 60)));
        assertFalse(c.holds(message(15, -1)));
        assertFalse(c.holds(message(15, 61)));
    }
}
