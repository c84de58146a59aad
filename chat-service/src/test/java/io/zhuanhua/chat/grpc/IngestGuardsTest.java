package io.zhuanhua.chat.grpc;

import static io.zhuanhua.chat.grpc.ChatEvents.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.zhuanhua.chat.store.ShapingStore;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc.ChatIngestServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.ConversationServiceGrpc.ConversationServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.chat.v1.MutinyChatIngestServiceGrpc.MutinyChatIngestServiceStub;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;

/** Request size and per-shop rate limits at the ingest door: refused whole, nothing stored. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IngestGuardsTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @GrpcClient("chat")
    ChatIngestServiceBlockingStub ingest;
    @Inject
    ShapingStore shaping;
    @GrpcClient("chat")
    MutinyChatIngestServiceStub streaming;
    @GrpcClient("chat")
    ConversationServiceBlockingStub conversations;

    @Test
    void oversizedRequestIsResourceExhaustedAndNotStored() {
        // 600 lines of 8000 characters (the most a line may have) are about 4.8 MB, over the 4 MiB limit.
        String line = "尺码".repeat(10).concat("x".repeat(7980));
        List<ChatEvent> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            events.add(buyer("big-" + i, "big-buyer", T0.plusSeconds(i), line));
        }
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ApiKeys
                .withKey(ingest, "test-key-shop-a")
                .ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a").addAllEvents(events).build()));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode(), e.getStatus().toString());
        assertEquals(0, conversationCount("shop-a", "test-key-shop-a", "big-buyer"));

        // The same lines in batches under the limit go through.
        ApiKeys.withKey(ingest, "test-key-shop-a").ingestEvents(
                IngestEventsRequest.newBuilder().setShopId("shop-a").addAllEvents(events.subList(0, 100)).build());
        assertEquals(1, conversationCount("shop-a", "test-key-shop-a", "big-buyer"));
    }

    @Test
    void shopOverItsBudgetIsResourceExhaustedAndNothingOfTheRequestIsStored() {
        ChatIngestServiceBlockingStub shopC = ApiKeys.withKey(ingest, "test-key-shop-c");
        List<ChatEvent> burst = List.of(buyer("c-1", "c-buyer", T0, "在吗"),
                buyer("c-2", "c-buyer", T0.plusSeconds(5), "有货吗"), buyer("c-3", "c-buyer", T0.plusSeconds(9), "包邮吗"));
        shopC.ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-c").addAllEvents(burst).build());

        ChatEvent late = buyer("c-4", "c-late", T0.plus(Duration.ofHours(2)), "发什么快递");
        StatusRuntimeException batch = assertThrows(StatusRuntimeException.class, () -> shopC
                .ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-c").addEvents(late).build()));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, batch.getStatus().getCode());
        assertTrue(batch.getStatus().getDescription().startsWith("shop shop-c sends faster than its ingest budget"),
                batch.getStatus().getDescription());

        Throwable stream = assertThrows(Throwable.class, () -> ApiKeys.withKey(streaming, "test-key-shop-c")
                .streamEvents(Multi.createFrom().item(StreamEventsRequest.newBuilder().setShopId("shop-c")
                        .setEvent(late).build()))
                .collect().asList().await().atMost(Duration.ofSeconds(20)));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, Status.fromThrowable(stream).getCode(), stream.toString());
        assertEquals(0, conversationCount("shop-c", "test-key-shop-c", "c-late"));

        // Another shop's budget is untouched.
        ApiKeys.withKey(ingest, "test-key-shop-b").ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-b")
                .addEvents(buyer("b-limit-1", "b-buyer", T0, "在吗")).build());
    }

    /** Conversations are shaped after the ack: wait for the shaper, so a 0 means nothing was stored. */
    private int conversationCount(String shop, String key, String buyer) {
        Shaping.awaitShaped(shaping);
        return ApiKeys.withKey(conversations, key).listConversations(ListConversationsRequest.newBuilder()
                .setShopId(shop).setBuyerId(buyer).build()).getConversationsCount();
    }
}
