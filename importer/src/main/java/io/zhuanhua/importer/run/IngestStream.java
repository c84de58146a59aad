package io.zhuanhua.importer.run;

import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * Sends events on a bidirectional ingest stream with a bounded number unacknowledged, and matches each
 * acknowledgement (the services ack in request order) to the record line it came from.
 * <p>
 * When the stream breaks for a reason worth retrying (the service restarting, a lock conflict, a rate
 * limit), it opens a new one and sends the unacknowledged events again: their ids make a repeat harmless.
 */
public final class IngestStream<E> {
    /** Codes after which the same events may succeed on a new stream. */
    private static final Set<Status.Code> RETRYABLE = Set.of(Status.Code.UNAVAILABLE, Status.Code.ABORTED,
            Status.Code.RESOURCE_EXHAUSTED, Status.Code.DEADLINE_EXCEEDED);
    private static final int MAX_ATTEMPTS = 6;

    /** Opens a stream: events go into the returned observer, acknowledgements come out of {@code acks}. */
    public interface Transport<E> {
        StreamObserver<E> open(StreamObserver<Ack> acks);
    }

    /** Told of every acknowledgement, with the line of the record the event came from. */
    public interface AckListener {
        void acknowledged(Ack ack, long line);
    }

    private record Pending<E>(E event, long line) {
    }

    private final Transport<E> transport;
    private final AckListener listener;
    private final int window;
    private final ArrayDeque<Pending<E>> pending = new ArrayDeque<>();
    private StreamObserver<E> requests;
    private Status failure;
    private boolean completed;
    private boolean finishing;
    private int generation;
    private int attempts;

    public IngestStream(Transport<E> transport, AckListener listener, int window) {
        this.transport = transport;
        this.listener = listener;
        this.window = window;
    }

    /** Sends one event, waiting while the window is full. */
    public synchronized void send(E event, long line) throws InterruptedException {
        if (requests == null) {
            open();
        }
        while (pending.size() >= window) {
            awaitProgress();
        }
        pending.addLast(new Pending<>(event, line));
        requests.onNext(event);
    }

    /** Half-closes the stream and waits until every event is acknowledged. */
    public synchronized void finish() throws InterruptedException {
        if (requests == null) {
            return;
        }
        finishing = true;
        requests.onCompleted();
        while (!pending.isEmpty() || !completed) {
            if (completed && failure == null) {
                throw new ImportFailedException(Status.INTERNAL.withDescription(
                        "the service ended the stream with " + pending.size() + " events unacknowledged"));
            }
            awaitProgress();
        }
    }

    /** The line of the oldest unacknowledged event: every record before it is done. */
    public synchronized OptionalLong oldestPendingLine() {
        return pending.isEmpty() ? OptionalLong.empty() : OptionalLong.of(pending.peekFirst().line());
    }

    private void awaitProgress() throws InterruptedException {
        if (failure != null) {
            retryOrFail();
            return;
        }
        wait(1000);
    }

    private void retryOrFail() throws InterruptedException {
        Status status = failure;
        if (!RETRYABLE.contains(status.getCode()) || ++attempts >= MAX_ATTEMPTS) {
            throw new ImportFailedException(status);
        }
        wait(250L << attempts);
        List<Pending<E>> resend = List.copyOf(pending);
        open();
        for (Pending<E> p : resend) {
            requests.onNext(p.event());
        }
        if (finishing) {
            requests.onCompleted();
        }
    }

    private void open() {
        failure = null;
        completed = false;
        int mine = ++generation;
        requests = transport.open(new StreamObserver<>() {
            @Override
            public void onNext(Ack ack) {
                synchronized (IngestStream.this) {
                    if (mine != generation) {
                        return;
                    }
                    Pending<E> acked = pending.pollFirst();
                    if (acked != null) {
                        attempts = 0;
                        listener.acknowledged(ack, acked.line());
                    }
                    IngestStream.this.notifyAll();
                }
            }

            @Override
            public void onError(Throwable error) {
                synchronized (IngestStream.this) {
                    if (mine == generation) {
                        failure = Status.fromThrowable(error);
                        IngestStream.this.notifyAll();
                    }
                }
            }

            @Override
            public void onCompleted() {
                synchronized (IngestStream.this) {
                    if (mine == generation) {
                        completed = true;
                        IngestStream.this.notifyAll();
                    }
                }
            }
        });
    }
}
