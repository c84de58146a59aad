package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.mutiny.Multi;
import io.zhuanhua.kit.grpc.StreamBatcher;

class StreamBatcherTest {

    @Test
    void groupsArePreparedSideBySideButStoredOneAtATimeInArrivalOrder() {
        AtomicInteger preparing = new AtomicInteger();
        AtomicInteger mostPreparing = new AtomicInteger();
        AtomicInteger storing = new AtomicInteger();
        AtomicInteger mostStoring = new AtomicInteger();
        List<Integer> stored = new ArrayList<>();
        StreamBatcher<Integer, List<Integer>, String> batcher = new StreamBatcher<>(group -> {
            mostPreparing.accumulateAndGet(preparing.incrementAndGet(), Math::max);
            pause(ThreadLocalRandom.current().nextInt(3)); // later groups may finish preparing first
            preparing.decrementAndGet();
            return group;
        }, group -> {
            mostStoring.accumulateAndGet(storing.incrementAndGet(), Math::max);
            stored.addAll(group);
            pause(1);
            storing.decrementAndGet();
            return group.stream().map(i -> "ack " + i).toList();
        }, i -> 1, 50, 10_000, 3, new LongAdder());
        // Paced so that groups form while others are in flight.
        Multi<Integer> requests = Multi.createFrom().range(0, 3000).onItem().call(i -> i % 100 == 0
                ? io.smallrye.mutiny.Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(2))
                : io.smallrye.mutiny.Uni.createFrom().voidItem());

        List<String> acks = batcher.process(requests).collect().asList().await().atMost(Duration.ofSeconds(30));

        assertEquals(IntStream.range(0, 3000).mapToObj(i -> "ack " + i).toList(), acks);
        assertEquals(IntStream.range(0, 3000).boxed().toList(), stored, "stored in arrival order");
        assertEquals(1, mostStoring.get(), "never two stores at once");
        assertTrue(mostPreparing.get() <= 3, "at most maxInFlight groups in flight");
    }

    @Test
    void aFailedPreparationEndsTheStreamWithItsStatus() {
        StreamBatcher<Integer, List<Integer>, Integer> batcher = new StreamBatcher<>(group -> {
            if (group.contains(7)) {
                throw Status.RESOURCE_EXHAUSTED.withDescription("over budget").asRuntimeException();
            }
            return group;
        }, group -> group, i -> 1, 1, 100, 2, new LongAdder());

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> batcher.process(Multi.createFrom().range(0, 20)).collect().asList().await().atMost(Duration.ofSeconds(10)));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
    }

    @Test
    void aGroupHoldsWholeRequestsUpToMaxGroupEventsAndAHeavierRequestAlone() {
        // Each request is its own event count; the first store is slow, so the rest queue up and group.
        List<List<Integer>> groups = new ArrayList<>();
        StreamBatcher<Integer, List<Integer>, Integer> batcher = new StreamBatcher<>(group -> group, group -> {
            pause(groups.isEmpty() ? 20 : 0);
            groups.add(group);
            return group;
        }, i -> i, 10, 1_000, 1, new LongAdder());
        List<Integer> sizes = List.of(1, 3, 4, 3, 25, 2, 2, 6, 5, 5, 1);

        List<Integer> acks = batcher.process(Multi.createFrom().iterable(sizes)).collect().asList().await()
                .atMost(Duration.ofSeconds(10));

        assertEquals(sizes, acks);
        assertEquals(sizes, groups.stream().flatMap(List::stream).toList(), "every request once, in order");
        for (List<Integer> group : groups) {
            int events = group.stream().mapToInt(Integer::intValue).sum();
            assertTrue(events <= 10 || group.size() == 1, "over maxGroup events: " + group);
        }
        assertTrue(groups.contains(List.of(25)), "the heavy request alone: " + groups);
        assertTrue(groups.stream().anyMatch(g -> g.size() > 1), "requests that queued share a group: " + groups);
    }

    @Test
    void theBacklogCountsEventsNotRequests() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        LongAdder waiting = new LongAdder();
        StreamBatcher<Integer, List<Integer>, Integer> batcher = new StreamBatcher<>(group -> {
            await(held); // nothing is stored while the two requests arrive
            return group;
        }, group -> group, i -> i, 15, 20, 2, waiting);

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> batcher
                .process(Multi.createFrom().items(15, 15)).collect().asList().await().atMost(Duration.ofSeconds(10)));
        held.countDown();
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
        assertEquals("more than 20 events wait for their commit; wait for acks", e.getStatus().getDescription());
        assertEquals(0, waiting.sum(), "a failed stream leaves nothing counted as waiting");
    }

    @Test
    void streamsSharingACountShowTheEventsWaitingInAllOfThemUntilAnswered() throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch storing = new CountDownLatch(2);
        LongAdder waiting = new LongAdder();
        StreamBatcher<Integer, List<Integer>, Integer> batcher = new StreamBatcher<>(group -> group, group -> {
            storing.countDown();
            await(held);
            return group;
        }, i -> i, 100, 1_000, 1, waiting);

        var first = batcher.process(Multi.createFrom().items(3, 4)).collect().asList().subscribeAsCompletionStage();
        var second = batcher.process(Multi.createFrom().items(5)).collect().asList().subscribeAsCompletionStage();
        assertTrue(storing.await(10, java.util.concurrent.TimeUnit.SECONDS), "both streams reached their store");
        assertEquals(12, waiting.sum());
        held.countDown();
        assertEquals(List.of(3, 4), first.toCompletableFuture().join());
        assertEquals(List.of(5), second.toCompletableFuture().join());
        assertEquals(0, waiting.sum());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
