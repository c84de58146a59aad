package io.zhuanhua.chat.ingest;

/** What ingest did with one event. */
public enum Outcome {
    STORED, DUPLICATE
}
