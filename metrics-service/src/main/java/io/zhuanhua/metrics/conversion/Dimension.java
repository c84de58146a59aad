package io.zhuanhua.metrics.conversion;

/** What a report row is about within its day. */
public enum Dimension {
    /** The whole shop; the key is empty. */
    SHOP,
    /** A human agent (key: agent id) or the bot (key empty), for the inquiries they served. */
    AGENT,
    /** A shop-local hour of the day (key "00" to "23"): inquiries by first buyer message, orders by creation. */
    HOUR,
    /** A product (key: item id): inquiries whose conversations were about it. */
    PRODUCT,
    /** A main question category (key: category code): inquiries whose conversations had it. */
    CATEGORY,
    /** A platform (key: platform code): inquiries by their conversations' platform, orders by their own. */
    PLATFORM
}
