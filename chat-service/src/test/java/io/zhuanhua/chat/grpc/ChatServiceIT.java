package io.zhuanhua.chat.grpc;

import static io.zhuanhua.chat.grpc.ChatEvents.agent;
import static io.zhuanhua.chat.grpc.ChatEvents.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc;
import io.zhuanhua.proto.chat.v1.Conversation;
import io.zhuanhua.proto.chat.v1.ConversationServiceGrpc;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.QuestionCategory;

/**
 * The packaged chat-service (the jar here, the native executable where GraalVM builds one): it starts on
 * PostgreSQL, migrates, and ingests and analyses a conversation over gRPC, which needs the protobuf
 * classes, the Hibernate entities and the classifier's resource files inside the artifact.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatServiceIT {
    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    @TestHTTPResource("/")
    URI root;

    @Test
    void readyAndIngestsAndClassifiesAConversation() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(root.resolve("/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        ManagedChannel channel = ManagedChannelBuilder.forAddress(root.getHost(), root.getPort()).usePlaintext().build();
        try {
            ingestAndClassify(channel);
        } finally {
            channel.shutdownNow();
        }
    }

    private static void ingestAndClassify(ManagedChannel channel) {
        List<EventOutcome> outcomes = ApiKeys.withKey(ChatIngestServiceGrpc.newBlockingStub(channel), "test-key-shop-a")
                .ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                        .addEvents(buyer("it-1", "packaged-buyer", T0, "亲 175穿多大码"))
                        .addEvents(agent("it-2", "packaged-buyer", T0.plusSeconds(8), "xiaoyu", "亲 175建议拍L码哦"))
                        .build())
                .getOutcomesList();
        assertEquals(List.of(EventOutcome.EVENT_OUTCOME_STORED, EventOutcome.EVENT_OUTCOME_STORED), outcomes);

        // Conversations are shaped in the background after the ack.
        List<Conversation> conversations = List.of();
        for (long deadline = System.nanoTime() + 20_000_000_000L; conversations.isEmpty()
                && System.nanoTime() < deadline;) {
            conversations = ApiKeys.withKey(ConversationServiceGrpc.newBlockingStub(channel), "test-key-shop-a")
                    .listConversations(ListConversationsRequest.newBuilder().setShopId("shop-a")
                            .setBuyerId("packaged-buyer").build()).getConversationsList();
            if (conversations.isEmpty()) {
                LockSupport.parkNanos(50_000_000L);
            }
        }
        assertEquals(1, conversations.size());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, conversations.get(0).getMainCategory());
        assertTrue(conversations.get(0).getAgentIdsList().contains("xiaoyu"), conversations.get(0).toString());
    }
}
