package io.zhuanhua.chat.grpc;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhuanhua.chat.store.ShapingStore;

/** Conversations are shaped after the ingest ack: tests that read them wait for the shaper first. */
final class Shaping {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private Shaping() {
    }

    static void awaitShaped(ShapingStore store) {
        Instant deadline = Instant.now().plus(DEADLINE);
        long pending;
        while ((pending = QuarkusTransaction.requiringNew().call(store::backlog).events()) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(pending + " events still wait for the shaper after " + DEADLINE.toSeconds() + " s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
