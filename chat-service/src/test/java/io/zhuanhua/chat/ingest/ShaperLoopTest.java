package io.zhuanhua.chat.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ShaperLoopTest {
    private static final long SECOND = 1_000_000_000L;

    private static ShapingConfig config(int yieldAbove) {
        return new ShapingConfig() {
            public boolean enabled() {
                return true;
            }

            public Duration sweepInterval() {
                return Duration.ofSeconds(1);
            }

            public Duration linger() {
                return Duration.ofMillis(20);
            }

            public int yieldAbove() {
                return yieldAbove;
            }

            public Duration maxYield() {
                return Duration.ofSeconds(2);
            }

            public int batchThreads() {
                return 500;
            }

            public int lineMemo() {
                return 0;
            }
        };
    }

    @Test
    void shapingWaitsWhileIngestIsSaturatedButNotLongerThanTheLongestYield() {
        IngestBacklog backlog = new IngestBacklog();
        ShaperLoop loop = new ShaperLoop(null, config(1000), backlog);
        assertFalse(loop.yields(0, 0), "a live trickle: shape at once");
        backlog.counter().add(1000);
        assertFalse(loop.yields(0, 0), "at the threshold");
        backlog.counter().add(1);
        assertTrue(loop.yields(0, SECOND), "a burst: acks first");
        assertFalse(loop.yields(0, 2 * SECOND), "the lag stays bounded");
        backlog.counter().add(-1001);
        assertFalse(loop.yields(0, SECOND), "the burst is over");
    }

    @Test
    void withoutAThresholdShapingNeverWaits() {
        IngestBacklog backlog = new IngestBacklog();
        backlog.counter().add(1_000_000);
        assertFalse(new ShaperLoop(null, config(0), backlog).yields(0, 0));
    }
}
