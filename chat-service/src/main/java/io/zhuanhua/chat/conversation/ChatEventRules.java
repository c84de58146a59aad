package io.zhuanhua.chat.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.zhuanhua.kit.error.InvalidFieldException;

/** What an event must satisfy before anything of it is stored. Field names are the contract's. */
public final class ChatEventRules {
    static final int MAX_ID = 128;
    public static final int MAX_TEXT = 8000;
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
        try {
            content(m.text(), m.attachments());
        } catch (InvalidFieldException e) {
            throw e.under("message_posted");
        }
        if (m.itemId().length() > MAX_ID) {
            throw new InvalidFieldException("message_posted.item_id", "at most " + MAX_ID + " characters");
        }
        id("message_posted.script_id", m.scriptId(), false);
    }

    /**
     * What a message says, wherever one arrives (ingest, Assist): fields "text" and "attachments[i].kind",
     * relative to the message.
     */
    public static void content(String text, List<ChatEvent.Attachment> attachments) {
        text("text", text, MAX_TEXT);
        for (int i = 0; i < attachments.size(); i++) {
            if (attachments.get(i).kind() == null) {
                throw new InvalidFieldException("attachments[" + i + "].kind", "required");
            }
        }
        if (text.isBlank() && attachments.isEmpty()) {
            throw new InvalidFieldException("text", "empty message without attachments");
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
