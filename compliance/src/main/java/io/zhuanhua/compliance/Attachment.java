package io.zhuanhua.compliance;

import java.util.Objects;

/**
 * Something attached to a chat message, as the platform integration reports it.
 *
 * @param kind what the integration says it is
 * @param name the file name as sent (may be empty, never null)
 */
public record Attachment(Kind kind, String name) {

    /** What kind of attachment the integration reported. */
    public enum Kind {
        /** A picture. */
        IMAGE,
        /** A video. */
        VIDEO,
        /** Any other file (documents, archives, programs). */
        FILE,
        /** The platform's item card (a link to one of the shop's items, rendered by the platform). */
        ITEM_CARD,
        /** The platform's order card. */
        ORDER_CARD
    }

    /** A null name becomes "". */
    public Attachment {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    /** Shorthand for {@code new Attachment(kind, name)}. */
    public static Attachment of(Kind kind, String name) {
        return new Attachment(kind, name);
    }
}
