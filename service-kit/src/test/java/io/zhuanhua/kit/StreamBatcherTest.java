package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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
        }, 50, 10_000, 3);
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
        }, group -> group, 1, 100, 2);

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> batcher.process(Multi.createFrom().range(0, 20)).collect().asList().await().atMost(Duration.ofSeconds(10)));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
