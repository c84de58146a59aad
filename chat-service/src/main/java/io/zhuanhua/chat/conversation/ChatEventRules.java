package io.zhuanhua.chat.conversation;

import java.time.Duration;
import java.time.Instant;

import io.zhuanhua.kit.error.InvalidFieldException;

/** What an event must satisfy before anything of it is stored. Field names are the contract's. */
public final class ChatEventRules {
    static final int MAX_ID = 128;
    static final int MAX_TEXT = 8000;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private ChatEventRules() {
    }

    /** @throws InvalidFieldException naming the first bad field */
    public static void check(ChatEvent event, Instant now) {
        id("event_id", event.eventId(), true);
        if (event.platform() == null) {
            throw new InvalidFieldException("platform", "required");
        }
        id("buyer_id", event.buyerId(), true);
        text("conversation_key", event.threadKey(), 256);
        if (event.threadKey().chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("conversation_key", "must not contain control characters");
        }
        if (event.at() == null) {
            throw new InvalidFieldException("occurred_at", "required");
        }
        if (event.at().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidFieldException("occurred_at", "more than 5 minutes in the future");
        }
        if (event.at().isBefore(EARLIEST)) {
            throw new InvalidFieldException("occurred_at", "before 2000-01-01");
        }
        if (event instanceof ChatEvent.Message m) {
            message(m);
        } else if (event instanceof ChatEvent.Mark k) {
            id("transferred_to_human.agent_id", k.agentId(), false);
        }
    }

    private static void message(ChatEvent.Message m) {
        if (m.sender() == null) {
            throw new InvalidFieldException("message_posted.sender_role", "required");
        }
        id("message_posted.agent_id", m.agentId(), m.sender() == Sender.AGENT);
        text("message_posted.text", m.text(), MAX_TEXT);
        for (int i = 0; i < m.attachments().size(); i++) {
            if (m.attachments().get(i).kind() == null) {
                throw new InvalidFieldException("message_posted.attachments[" + i + "].kind", "required");
            }
        }
        if (m.text().isBlank() && m.attachments().isEmpty()) {
            throw new InvalidFieldException("message_posted.text", "empty message without attachments");
        }
        if (m.itemId().length() > MAX_ID) {
            throw new InvalidFieldException("message_posted.item_id", "at most " + MAX_ID + " characters");
        }
    }

    /** PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database. */
    private static void text(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidFieldException(field, "at most " + max + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException(field, "must not contain NUL characters");
        }
    }

    private static void id(String field, String value, boolean required) {
        if (value.isBlank()) {
            if (required) {
                throw new InvalidFieldException(field, "required");
            }
            return;
        }
        if (value.length() > MAX_ID) {
            throw new InvalidFieldException(field, "at most " + MAX_ID + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(field, "must not contain control characters");
        }
    }
}
