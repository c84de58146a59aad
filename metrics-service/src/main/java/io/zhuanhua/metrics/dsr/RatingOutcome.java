package io.zhuanhua.metrics.dsr;

/** What an ingested rating changed. */
public enum RatingOutcome {
    /** The order's first rating. */
    STORED,
    /** The same rating was stored already. */
    DUPLICATE,
    /** An amended rating replaced the stored one. */
    REPLACED,
    /** An older version than the stored rating; ignored. */
    STALE
}
