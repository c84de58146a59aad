package io.zhuanhua.importer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.zhuanhua.proto.common.v1.EventOutcome;

/**
 * The client side of the ingest stream against a scripted peer that acknowledges in order, as the services
 * do, from another thread.
 */
class IngestStreamTest {
    private final ExecutorService peer = Executors.newSingleThreadExecutor();
    private final List<String> acked = new ArrayList<>();

    @AfterEach
    void stop() {
        peer.shutdownNow();
    }

    /** A peer that acks each event, rejecting those starting with "bad", and fails once after {@code failAfter}. */
    private final class Peer implements IngestStream.Transport<String> {
        private final int failAfter;
        private final Status failure;
        final List<List<String>> streams = new ArrayList<>();

        Peer(int failAfter, Status failure) {
            this.failAfter = failAfter;
            this.failure = failure;
        }

        @Override
        public StreamObserver<String> open(StreamObserver<Ack> acks) {
            List<String> received = new ArrayList<>();
            streams.add(received);
            boolean failing = streams.size() == 1 && failure != null;
            return new StreamObserver<>() {
                @Override
                public void onNext(String event) {
                    peer.execute(() -> {
                        received.add(event);
                        if (failing && received.size() == failAfter) {
                            acks.onError(failure.asRuntimeException());
                        } else if (!failing || received.size() < failAfter) {
                            acks.onNext(new Ack(received.size() - 1, event.startsWith("bad")
                                    ? EventOutcome.EVENT_OUTCOME_REJECTED : EventOutcome.EVENT_OUTCOME_STORED,
                                    event.startsWith("bad") ? "text" : "", event.startsWith("bad") ? "too long" : ""));
                        }
                    });
                }

                @Override
                public void onError(Throwable error) {
                }

                @Override
                public void onCompleted() {
                    peer.execute(acks::onCompleted);
                }
            };
        }
    }

    private IngestStream<String> stream(Peer peer, int window) {
        return new IngestStream<>(peer, (ack, line) -> {
            synchronized (acked) {
                acked.add(line + ":" + ack.outcome().name().substring("EVENT_OUTCOME_".length()));
            }
        }, window);
    }

    @Test
    void everyAckIsMatchedToItsLineInOrderWithASmallWindow() throws InterruptedException {
        IngestStream<String> stream = stream(new Peer(Integer.MAX_VALUE, null), 2);
        stream.send("a", 1);
        stream.send("bad", 2);
        stream.send("c", 5);
        stream.finish();
        assertEquals(List.of("1:STORED", "2:REJECTED", "5:STORED"), acked);
    }

    @Test
    void aBrokenStreamIsReopenedAndTheUnacknowledgedEventsSentAgain() throws InterruptedException {
        Peer flaky = new Peer(3, Status.UNAVAILABLE.withDescription("restarting"));
        IngestStream<String> stream = stream(flaky, 10);
        for (int i = 1; i <= 5; i++) {
            stream.send("e" + i, i);
        }
        stream.finish();
        assertEquals(List.of("1:STORED", "2:STORED", "3:STORED", "4:STORED", "5:STORED"), acked);
        assertEquals(List.of("e3", "e4", "e5"), flaky.streams.get(1), "only what was not acknowledged is sent again");
    }

    @Test
    void aRefusedKeyStopsTheImport() {
        IngestStream<String> stream = stream(new Peer(1, Status.UNAUTHENTICATED.withDescription("unknown API key")), 10);
        ImportFailedException failed = assertThrows(ImportFailedException.class, () -> {
            stream.send("a", 1);
            stream.finish();
        });
        assertEquals(Status.Code.UNAUTHENTICATED, failed.status().getCode());
        assertEquals(1, stream.oldestPendingLine().getAsLong(), "the checkpoint resumes at the unacknowledged line");
    }
}
