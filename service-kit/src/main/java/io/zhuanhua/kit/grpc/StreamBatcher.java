package io.zhuanhua.kit.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.grpc.Status;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Commits the requests of an ingest stream in groups and answers each in order, after its group's commit.
 * A group is whatever arrived while the previous group was being committed (at most {@code maxGroup}), so a
 * trickle is committed one by one without waiting and a burst shares commits. No timer is involved: a timer
 * would emit groups whether or not the previous commit finished.
 */
public final class StreamBatcher<Q, R> {
    private final Function<List<Q>, List<R>> commit;
    private final int maxGroup;
    private final int maxBacklog;
    private final Executor worker;

    /**
     * @param commit commits a group (a blocking call) and returns one answer per request, in order
     * @param maxBacklog requests waiting for a commit before the stream fails with RESOURCE_EXHAUSTED
     */
    public StreamBatcher(Function<List<Q>, List<R>> commit, int maxGroup, int maxBacklog) {
        this.commit = commit;
        this.maxGroup = maxGroup;
        this.maxBacklog = maxBacklog;
        this.worker = Infrastructure.getDefaultWorkerPool();
    }

    public Multi<R> process(Multi<Q> requests) {
        return Multi.createFrom().emitter(emitter -> new Run(emitter).start(requests));
    }

    private final class Run {
        private final MultiEmitter<? super R> emitter;
        private final Queue<Q> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicInteger backlog = new AtomicInteger();
        private final AtomicBoolean draining = new AtomicBoolean();
        private volatile boolean inputDone;
        private volatile boolean failed;

        Run(MultiEmitter<? super R> emitter) {
            this.emitter = emitter;
        }

        void start(Multi<Q> requests) {
            requests.subscribe().with(this::add, this::fail, () -> {
                inputDone = true;
                schedule();
            });
        }

        private void add(Q request) {
            if (failed) {
                return;
            }
            if (backlog.incrementAndGet() > maxBacklog) {
                fail(Status.RESOURCE_EXHAUSTED
                        .withDescription("more than " + maxBacklog + " requests wait for their commit; wait for acks")
                        .asRuntimeException());
                return;
            }
            waiting.add(request);
            schedule();
        }

        private void schedule() {
            if (draining.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }

        private void drain() {
            try {
                List<Q> group;
                while (!failed && !(group = take()).isEmpty()) {
                    List<R> answers = commit.apply(group);
                    backlog.addAndGet(-group.size());
                    answers.forEach(emitter::emit);
                }
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                draining.set(false);
            }
            if (!failed && !waiting.isEmpty()) {
                schedule(); // arrived after the last take, before draining was released
            } else if (!failed && inputDone && waiting.isEmpty() && draining.compareAndSet(false, true)) {
                emitter.complete();
            }
        }

        private List<Q> take() {
            List<Q> group = new ArrayList<>();
            Q next;
            while (group.size() < maxGroup && (next = waiting.poll()) != null) {
                group.add(next);
            }
            return group;
        }

        private void fail(Throwable failure) {
            if (!failed) {
                failed = true;
                emitter.fail(Rpc.toStatus(failure));
            }
        }
    }
}
