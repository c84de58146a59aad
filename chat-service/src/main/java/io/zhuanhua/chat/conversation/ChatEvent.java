package io.zhuanhua.chat.conversation;

import java.time.Instant;
import java.util.List;

/** One event of a buyer's chat thread with a shop, as an integration reports it. */
public sealed interface ChatEvent {
    String eventId();

    Platform platform();

    /** The platform's thread id, or the buyer id when the platform has none. */
    String threadKey();

    String buyerId();

    Instant at();

    /** A message in the thread; scriptId is the reply script it was sent from, empty if none. */
    record Message(String eventId, Platform platform, String threadKey, String buyerId, Instant at,
            Sender sender, String agentId, String text, List<Attachment> attachments, String itemId,
            boolean afterSale, String scriptId) implements ChatEvent {
    }

    /** The bot handed the buyer to a human, or the conversation was closed. */
    record Mark(String eventId, Platform platform, String threadKey, String buyerId, Instant at,
            MarkKind kind, String agentId) implements ChatEvent {
    }

    enum MarkKind {
        TRANSFER_TO_HUMAN, CLOSE
    }

    /** Something sent with a message; kind is null when the integration did not say. */
    record Attachment(AttachmentKind kind, String name) {
    }

    enum AttachmentKind {
        IMAGE, VIDEO, FILE, ITEM_CARD, ORDER_CARD
    }
}
