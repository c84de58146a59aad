package io.zhuanhua.metrics.order;

/** What an ingested order event changed. */
public enum IngestOutcome {
    /** The fact is new and stored. */
    STORED,
    /** The fact was already known; nothing changed. */
    DUPLICATE
}
