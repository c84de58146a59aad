package io.zhuanhua.chat.ingest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The background shaper that turns stored events into conversations. */
@ConfigMapping(prefix = "zhuanhua.chat.shaper")
public interface ShapingConfig {

    /**
     * Whether this replica shapes conversations. Off on ingest replicas of a deployment that shapes on others:
     * every replica's shaper picks up what any replica stored, so ingest keeps its cores for acks under a burst.
     */
    @WithDefault("true")
    boolean enabled();

    /** How often the shaper looks for work other replicas stored (its own ingest wakes it at once). */
    @WithDefault("1s")
    Duration sweepInterval();

    /** How long the shaper lets events gather after a wake-up: bigger batches, fewer commits. */
    @WithDefault("20ms")
    Duration linger();

    /**
     * Acks first: while more events than this wait for their commit in this replica's ingest streams (a burst, an
     * integration catching up), the shaper waits, up to {@link #maxYield} after the work arrived, and then shapes
     * what gathered at once. Live chat keeps a handful waiting (a few thousand events/s, each committed within
     * milliseconds); a client pushing batches as fast as acks come keeps hundreds. 0 never waits.
     */
    @WithDefault("200")
    int yieldAbove();

    /** The longest the shaper gives way to a saturated ingest: the bound it adds to the shaping lag. */
    @WithDefault("2s")
    Duration maxYield();

    /** Most threads shaped in one transaction. */
    @WithDefault("500")
    int batchThreads();

    /**
     * How many messages' readings (their loss and customer-type cues) the shaper keeps, so that a conversation's
     * earlier lines are not read again on each turn (a read costs about 11 µs). About 200 bytes a line were measured
     * on the buyer lines of the classifier's development set: 100,000 lines, those of some 5,000 open
     * conversations, take some 20 MB. 0 reads every line on every turn.
     */
    @WithDefault("100000")
    int lineMemo();
}
