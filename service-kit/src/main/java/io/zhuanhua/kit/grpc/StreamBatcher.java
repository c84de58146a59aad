package io.zhuanhua.kit.grpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.grpc.Status;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Commits the requests of an ingest stream in groups and answers each in order, after its group's commit.
 * A group is whatever arrived while earlier groups were being handled (at most {@code maxGroup} events,
 * counted by {@code events}: a request may carry many), so a trickle is committed one by one without
 * waiting and a burst shares commits. Each group goes through two
 * stages: {@code prepare} (validation, analysis: CPU work) and {@code store} (the commit). Up to
 * {@code maxInFlight} groups are prepared at once, so one group's analysis runs while another waits for the
 * database, but groups are stored strictly one after another in arrival order: an event sent twice is stored
 * from its first sending, as with a single committer. No timer is involved: a timer would emit groups whether
 * or not the commits keep up. The events waiting in every stream of a batcher are counted in {@code waiting},
 * shared across streams, so that background work can give way while ingest is saturated.
 */
public final class StreamBatcher<Q, P, R> {
    private final Function<List<Q>, P> prepare;
    private final Function<P, List<R>> store;
    private final ToIntFunction<Q> events;
    private final int maxGroup;
    private final int maxBacklog;
    private final int maxInFlight;
    private final Executor worker;
    private final LongAdder waiting;

    /**
     * @param prepare prepares a group (may block); called concurrently for different groups
     * @param store commits a prepared group and returns one answer per request, in order; never called
     *        concurrently within a stream
     * @param events how many events a request carries; a group holds whole requests, more than
     *        {@code maxGroup} events only when one request alone does
     * @param maxGroup events of one group
     * @param maxBacklog events waiting for a commit before the stream fails with RESOURCE_EXHAUSTED
     * @param maxInFlight groups of one stream taken and not yet stored
     * @param waiting counts the events received and not yet answered, of this stream and the others that share it
     */
    public StreamBatcher(Function<List<Q>, P> prepare, Function<P, List<R>> store, ToIntFunction<Q> events,
            int maxGroup, int maxBacklog, int maxInFlight, LongAdder waiting) {
        if (maxGroup < 1 || maxInFlight < 1 || maxBacklog < maxGroup) {
            throw new IllegalArgumentException("maxGroup and maxInFlight must be at least 1, maxBacklog at least maxGroup");
        }
        this.prepare = prepare;
        this.store = store;
        this.events = events;
        this.maxGroup = maxGroup;
        this.maxBacklog = maxBacklog;
        this.maxInFlight = maxInFlight;
        this.worker = Infrastructure.getDefaultWorkerPool();
        this.waiting = waiting;
    }

    public Multi<R> process(Multi<Q> requests) {
        return Multi.createFrom().emitter(emitter -> new Run(emitter).start(requests));
    }

    private record Group<Q>(List<Q> requests, int events) {
    }

    private record Prepared<P>(int events, P value) {
    }

    private final class Run {
        private final MultiEmitter<? super R> emitter;
        private final Queue<Q> queue = new ConcurrentLinkedQueue<>();
        private final AtomicInteger backlog = new AtomicInteger();
        // Guarded by this: groups are numbered as they are taken, and stored in that order.
        private int inFlight;
        private long nextTaken;
        private long nextStored;
        private final Map<Long, Prepared<P>> prepared = new HashMap<>();
        private boolean storing;
        private boolean inputDone;
        /** Written under the lock; read without it by {@link #add} to drop requests after the end. */
        private volatile boolean finished;

        Run(MultiEmitter<? super R> emitter) {
            this.emitter = emitter;
        }

        void start(Multi<Q> requests) {
            requests.subscribe().with(this::add, this::fail, () -> {
                synchronized (this) {
                    inputDone = true;
                }
                schedule();
            });
        }

        private void add(Q request) {
            int n = events.applyAsInt(request);
            synchronized (this) { // against fail(), which releases what is counted
                if (finished) {
                    return;
                }
                waiting.add(n);
                if (backlog.addAndGet(n) > maxBacklog) {
                    fail(Status.RESOURCE_EXHAUSTED
                            .withDescription("more than " + maxBacklog + " events wait for their commit; wait for acks")
                            .asRuntimeException());
                    return;
                }
            }
            queue.add(request);
            schedule();
        }

        /** Takes groups while there is room and work; completes the stream when everything is answered. */
        private synchronized void schedule() {
            while (!finished && inFlight < maxInFlight && !queue.isEmpty()) {
                Group<Q> group = take();
                long number = nextTaken++;
                inFlight++;
                worker.execute(() -> prepare(number, group));
            }
            if (!finished && inputDone && inFlight == 0 && queue.isEmpty()) {
                finished = true;
                emitter.complete();
            }
        }

        private void prepare(long number, Group<Q> group) {
            P value;
            try {
                value = prepare.apply(group.requests());
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            synchronized (this) {
                prepared.put(number, new Prepared<>(group.events(), value));
                if (storing) {
                    return; // the thread that stores now stores this one in its turn
                }
                storing = true;
            }
            storeInOrder();
        }

        /** Stores the prepared groups whose turn has come, one at a time, and answers them. */
        private void storeInOrder() {
            while (true) {
                Prepared<P> next;
                synchronized (this) {
                    next = finished ? null : prepared.remove(nextStored);
                    if (next == null) {
                        storing = false;
                        break;
                    }
                }
                List<R> answers;
                try {
                    answers = store.apply(next.value());
                } catch (RuntimeException e) {
                    fail(e);
                    return;
                }
                synchronized (this) {
                    nextStored++;
                    inFlight--;
                    if (!finished) { // a failed stream released its whole backlog
                        backlog.addAndGet(-next.events());
                        waiting.add(-next.events());
                    }
                    answers.forEach(emitter::emit);
                }
                schedule();
            }
        }

        /** Whole requests up to maxGroup events, and at least one request. Only the scheduler polls. */
        private Group<Q> take() {
            List<Q> group = new ArrayList<>();
            int taken = 0;
            Q next;
            while ((next = queue.peek()) != null) {
                int size = events.applyAsInt(next);
                if (!group.isEmpty() && taken + size > maxGroup) {
                    break;
                }
                group.add(queue.poll());
                taken += size;
            }
            return new Group<>(group, taken);
        }

        private synchronized void fail(Throwable failure) {
            if (!finished) {
                finished = true;
                waiting.add(-backlog.getAndSet(0)); // no answer will come for any of them
                emitter.fail(Rpc.toStatus(failure));
            }
        }
    }
}
