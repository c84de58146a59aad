package io.zhuanhua.chat.ingest;

import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Events this replica's ingest streams have received and not yet answered (all streams together). Many waiting
 * means ingest is saturated: the shaper then gives way for a while.
 */
@ApplicationScoped
public class IngestBacklog {
    private final LongAdder events = new LongAdder();

    /** The count the stream batchers keep. */
    public LongAdder counter() {
        return events;
    }

    public long events() {
        return events.sum();
    }
}
