package io.zhuanhua.chat.grpc;

import static io.zhuanhua.chat.grpc.ChatEvents.agent;
import static io.zhuanhua.chat.grpc.ChatEvents.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.google.protobuf.InvalidProtocolBufferException;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.chat.feed.ConsultationOutbox;
import io.zhuanhua.chat.store.ShapingStore;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc.ChatIngestServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.Conversation;
import io.zhuanhua.proto.chat.v1.ConversationServiceGrpc.ConversationServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.EventResult;
import io.zhuanhua.proto.chat.v1.GetConversationRequest;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.IngestEventsResponse;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsResponse;
import io.zhuanhua.proto.chat.v1.MutinyChatIngestServiceGrpc.MutinyChatIngestServiceStub;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsResponse;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.Consultation;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatIngestGrpcTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    @GrpcClient("chat")
    ChatIngestServiceBlockingStub ingest;
    @GrpcClient("chat")
    MutinyChatIngestServiceStub streaming;
    @GrpcClient("chat")
    ConversationServiceBlockingStub conversations;
    @Inject
    ConsultationOutbox outbox;
    @Inject
    ShapingStore shaping;

    private static Instant min(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private IngestEventsResponse send(String shop, List<ChatEvent> events) {
        String key = shop.equals("shop-b") ? "test-key-shop-b" : "test-key-shop-a";
        return ApiKeys.withKey(ingest, key).ingestEvents(IngestEventsRequest.newBuilder().setShopId(shop)
                .addAllEvents(events).build());
    }

    private List<Conversation> conversationsOf(String buyer) {
        Shaping.awaitShaped(shaping);
        List<Conversation> list = new ArrayList<>(ApiKeys.withKey(conversations, "test-key-shop-a").listConversations(
                ListConversationsRequest.newBuilder().setShopId("shop-a").setBuyerId(buyer).build()).getConversationsList());
        Collections.reverse(list);
        return list;
    }

    @Test
    void aConversationIsStoredAnalysedAndFedToTheOutbox() {
        long before = pending();
        IngestEventsResponse r = send("shop-a", List.of(buyer("m1", "buyer-1", min(0), "在吗"),
                buyer("m2", "buyer-1", min(0).plusSeconds(5), "这款包邮吗"),
                agent("m3", "buyer-1", min(0).plusSeconds(9), "kefu-1", "亲 包邮的哦")));
        assertEquals(List.of(EventOutcome.EVENT_OUTCOME_STORED, EventOutcome.EVENT_OUTCOME_STORED,
                EventOutcome.EVENT_OUTCOME_STORED), r.getOutcomesList());
        List<Conversation> list = conversationsOf("buyer-1");
        assertEquals(1, list.size());
        Conversation c = list.get(0);
        assertTrue(c.getInquiry());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, c.getMainCategory());
        assertEquals(List.of("kefu-1"), c.getAgentIdsList());
        assertEquals(9, c.getHumanFirstResponse().getSeconds());
        Conversation full = ApiKeys.withKey(conversations, "test-key-shop-a").getConversation(GetConversationRequest
                .newBuilder().setShopId("shop-a").setConversationId(c.getConversationId()).build()).getConversation();
        assertEquals(3, full.getMessagesCount());
        assertEquals(before + 1, pending());
    }

    @Test
    void theSameEventsTwiceAreStoredOnce() {
        List<ChatEvent> events = List.of(buyer("d1", "buyer-2", min(0), "有货吗"),
                agent("d2", "buyer-2", min(1), "kefu-1", "有的亲"));
        send("shop-a", events);
        long pending = pending();
        IngestEventsResponse again = send("shop-a", events);
        assertEquals(List.of(EventOutcome.EVENT_OUTCOME_DUPLICATE, EventOutcome.EVENT_OUTCOME_DUPLICATE),
                again.getOutcomesList());
        assertEquals(pending, pending(), "a duplicate changes no fact");
        assertEquals(2, conversationsOf("buyer-2").get(0).getMessageCount());
    }

    @Test
    void arrivalOrderDoesNotChangeTheConversations() {
        for (String buyer : List.of("buyer-3a", "buyer-3b")) {
            List<ChatEvent> events = new ArrayList<>(List.of(buyer(buyer + "o1", buyer, min(0), "175穿多大"),
                    agent(buyer + "o2", buyer, min(1), "kefu-2", "L码哦"),
                    buyer(buyer + "o5", buyer, min(20), "好的"),
                    buyer(buyer + "o3", buyer, min(60), "什么时候发货"),
                    agent(buyer + "o4", buyer, min(61), "kefu-1", "今天发")));
            if (buyer.endsWith("b")) {
                Collections.reverse(events);
            }
            events.forEach(e -> send("shop-a", List.of(e)));
        }
        List<Conversation> inOrder = conversationsOf("buyer-3a");
        List<Conversation> reversed = conversationsOf("buyer-3b");
        assertEquals(2, inOrder.size(), "the 40-minute gap splits the thread");
        assertEquals(summary(inOrder), summary(reversed));
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, inOrder.get(0).getMainCategory());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_DISPATCH_TIME, inOrder.get(1).getMainCategory());
    }

    private static List<String> summary(List<Conversation> list) {
        return list.stream().map(c -> c.getMessageCount() + " " + c.getMainCategory() + " " + c.getAgentIdsList() + " "
                + c.getHumanFirstResponse().getSeconds() + " " + c.getStartedAt().getSeconds()).toList();
    }

    @Test
    void aLateMessageMergesTwoConversationsAndTheMergedOneIsRemoved() throws Exception {
        send("shop-a", List.of(buyer("g1", "buyer-4", min(0), "这个有货吗"), buyer("g2", "buyer-4", min(50), "在吗")));
        assertEquals(2, conversationsOf("buyer-4").size());
        send("shop-a", List.of(buyer("g3", "buyer-4", min(25), "急用")));
        List<Conversation> list = conversationsOf("buyer-4");
        assertEquals(1, list.size());
        assertEquals(3, list.get(0).getMessageCount());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_STOCK, list.get(0).getMainCategory());
        assertTrue(outboxSnapshots().stream().anyMatch(c -> c.getRemoved() && c.getShopId().equals("shop-a")));
    }

    @Test
    void anInvalidEventRejectsTheWholeBatchAndNamesTheField() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> send("shop-a", List.of(
                buyer("v1", "buyer-5", min(0), "包邮吗"), buyer("v2", "", min(1), "在吗"))));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals("events[1].buyer_id: required", e.getStatus().getDescription());
        assertTrue(conversationsOf("buyer-5").isEmpty(), "nothing half written");
        ChatEvent outOfRange = buyer("v3", "buyer-5", min(0), "在吗").toBuilder()
                .setOccurredAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(Long.MAX_VALUE)).build();
        StatusRuntimeException time = assertThrows(StatusRuntimeException.class, () -> send("shop-a", List.of(outOfRange)));
        assertEquals("events[0].occurred_at: not a valid timestamp", time.getStatus().getDescription());
    }

    @Test
    void theStreamAcksInOrderAndGoesOnAfterARejectedEvent() {
        List<StreamEventsRequest> requests = List.of(
                request(buyer("s1", "buyer-6", min(0), "能便宜点吗")),
                request(ChatEvents.message("s2", "buyer-6", min(1), io.zhuanhua.proto.common.v1.Role.ROLE_AGENT, "", "不行哦")),
                request(agent("s3", "buyer-6", min(1), "kefu-3", "亲 已经是活动价了")),
                request(buyer("s1", "buyer-6", min(0), "能便宜点吗")));
        List<StreamEventsResponse> acks = ApiKeys.withKey(streaming, "test-key-shop-a")
                .streamEvents(Multi.createFrom().iterable(requests)).collect().asList().await().atMost(Duration.ofSeconds(20));
        assertEquals(4, acks.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, acks.get(i).getSequence());
        }
        assertEquals(EventOutcome.EVENT_OUTCOME_STORED, acks.get(0).getOutcome());
        assertEquals(EventOutcome.EVENT_OUTCOME_REJECTED, acks.get(1).getOutcome());
        assertEquals("event.message_posted.agent_id", acks.get(1).getViolation().getField());
        assertEquals(EventOutcome.EVENT_OUTCOME_STORED, acks.get(2).getOutcome());
        assertEquals(EventOutcome.EVENT_OUTCOME_DUPLICATE, acks.get(3).getOutcome());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_BARGAIN, conversationsOf("buyer-6").get(0).getMainCategory());
    }

    @Test
    void aBatchedRequestIsAnsweredOnceWithEachEventsOutcomeBesideSingleEventRequests() {
        List<StreamEventsRequest> requests = List.of(
                request(buyer("b1", "buyer-10", min(0), "有优惠券吗")),
                StreamEventsRequest.newBuilder().setShopId("shop-a")
                        .addEvents(agent("b2", "buyer-10", min(1), "kefu-4", "亲 领券立减10元"))
                        .addEvents(ChatEvents.message("b3", "buyer-10", min(1), io.zhuanhua.proto.common.v1.Role.ROLE_AGENT, "", "在的"))
                        .addEvents(buyer("b1", "buyer-10", min(0), "有优惠券吗"))
                        .addEvents(buyer("b4", "buyer-10", min(2), "好的 谢谢"))
                        .addEvents(buyer("b4", "buyer-10", min(2), "好的 谢谢")).build(),
                request(agent("b5", "buyer-10", min(3), "kefu-4", "不客气")));
        List<StreamEventsResponse> acks = ApiKeys.withKey(streaming, "test-key-shop-a")
                .streamEvents(Multi.createFrom().iterable(requests)).collect().asList().await().atMost(Duration.ofSeconds(20));

        assertEquals(List.of(0L, 1L, 2L), acks.stream().map(StreamEventsResponse::getSequence).toList());
        assertEquals("b1", acks.get(0).getEventId());
        assertEquals(EventOutcome.EVENT_OUTCOME_STORED, acks.get(0).getOutcome());
        assertTrue(acks.get(0).getResultsList().isEmpty(), "a single event is answered as before");
        StreamEventsResponse batch = acks.get(1);
        assertEquals("", batch.getEventId());
        assertEquals(EventOutcome.EVENT_OUTCOME_UNSPECIFIED, batch.getOutcome());
        assertEquals(List.of("b2", "b3", "b1", "b4", "b4"), batch.getResultsList().stream().map(EventResult::getEventId).toList());
        assertEquals(List.of(EventOutcome.EVENT_OUTCOME_STORED, EventOutcome.EVENT_OUTCOME_REJECTED,
                EventOutcome.EVENT_OUTCOME_DUPLICATE, EventOutcome.EVENT_OUTCOME_STORED, EventOutcome.EVENT_OUTCOME_DUPLICATE),
                batch.getResultsList().stream().map(EventResult::getOutcome).toList());
        assertEquals("events[1].message_posted.agent_id", batch.getResults(1).getViolation().getField());
        assertFalse(batch.getResults(0).hasViolation());
        assertEquals(EventOutcome.EVENT_OUTCOME_STORED, acks.get(2).getOutcome());
        assertEquals(4, conversationsOf("buyer-10").get(0).getMessageCount(), "b1, b2, b4, b5 once each");
    }

    @Test
    void aMalformedRequestEndsTheStreamWithInvalidArgumentAndNothingOfItIsStored() {
        StreamEventsRequest both = request(buyer("x1", "buyer-11", min(0), "在吗")).toBuilder()
                .addEvents(buyer("x2", "buyer-11", min(1), "有货吗")).build();
        StreamEventsRequest.Builder tooMany = StreamEventsRequest.newBuilder().setShopId("shop-a");
        for (int i = 0; i <= 1000; i++) {
            tooMany.addEvents(buyer("x-many-" + i, "buyer-11", min(2), "有货吗"));
        }
        assertEquals("events: set event or events, not both", invalidArgument(both));
        assertEquals("events: at most 1000 events", invalidArgument(tooMany.build()));
        assertTrue(conversationsOf("buyer-11").isEmpty(), "nothing of a malformed request is stored");
    }

    private String invalidArgument(StreamEventsRequest request) {
        Throwable e = assertThrows(Throwable.class, () -> ApiKeys.withKey(streaming, "test-key-shop-a")
                .streamEvents(Multi.createFrom().item(request)).collect().asList().await().atMost(Duration.ofSeconds(20)));
        assertEquals(Status.Code.INVALID_ARGUMENT, Status.fromThrowable(e).getCode(), e.toString());
        return Status.fromThrowable(e).getDescription();
    }

    @Test
    void aLongPacedStreamIsAckedCompletelyAndInOrder() {
        List<StreamEventsRequest> requests = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            requests.add(request(buyer("long-" + i, "long-buyer-" + (i % 300), min(i / 300), "这款有货吗")));
        }
        // Paced like a live integration, so groups close on the linger timer while earlier ones still commit.
        Multi<StreamEventsRequest> paced = Multi.createFrom().iterable(requests)
                .onItem().call(r -> Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(1)));
        List<StreamEventsResponse> acks = ApiKeys.withKey(streaming, "test-key-shop-a")
                .streamEvents(paced).collect().asList().await().atMost(Duration.ofMinutes(2));
        assertEquals(2000, acks.size());
        for (int i = 0; i < acks.size(); i++) {
            assertEquals(i, acks.get(i).getSequence());
            assertEquals(EventOutcome.EVENT_OUTCOME_STORED, acks.get(i).getOutcome());
        }
    }

    @Test
    void aShopCannotWriteOrReadAnotherShopsConversations() {
        send("shop-a", List.of(buyer("p1", "buyer-7", min(0), "在吗")));
        String id = conversationsOf("buyer-7").get(0).getConversationId();
        StatusRuntimeException write = assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(ingest, "test-key-shop-b").ingestEvents(IngestEventsRequest.newBuilder()
                        .setShopId("shop-a").addEvents(buyer("p2", "buyer-7", min(1), "hi")).build()));
        assertEquals(Status.Code.PERMISSION_DENIED, write.getStatus().getCode());
        StatusRuntimeException read = assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(conversations, "test-key-shop-b").getConversation(GetConversationRequest
                        .newBuilder().setShopId("shop-b").setConversationId(id).build()));
        assertEquals(Status.Code.NOT_FOUND, read.getStatus().getCode());
        StatusRuntimeException anonymous = assertThrows(StatusRuntimeException.class,
                () -> ingest.ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                        .addEvents(buyer("p3", "buyer-7", min(2), "hi")).build()));
        assertEquals(Status.Code.UNAUTHENTICATED, anonymous.getStatus().getCode());
        assertFalse(conversationsOf("buyer-7").get(0).getMessageCount() > 1);
    }

    @Test
    void theSnapshotCarriesReplyScriptsCategoriesAndItems() {
        ChatEvent question = buyer("k1", "buyer-8", min(0), "这款包邮吗 有货吗");
        question = question.toBuilder().setMessagePosted(question.getMessagePosted().toBuilder().setItemId("528690173109"))
                .build();
        ChatEvent reply = agent("k2", "buyer-8", min(1), "kefu-1", "亲 包邮 有现货");
        reply = reply.toBuilder().setMessagePosted(reply.getMessagePosted().toBuilder().setScriptId("script-42")
                .setItemId("528690173110")).build();
        send("shop-a", List.of(question, reply, buyer("k3", "buyer-8", min(2), "能便宜点吗")));
        String id = conversationsOf("buyer-8").get(0).getConversationId();
        Consultation c = outboxSnapshots().stream().filter(s -> s.getConversationId().equals(id))
                .max(Comparator.comparingLong(Consultation::getVersion)).orElseThrow();
        assertEquals(List.of("script-42"), c.getRepliesList().stream().map(r -> r.getScriptId()).toList());
        assertEquals(List.of("528690173109", "528690173110"), c.getItemIdsList());
        List<QuestionCategory> categories = c.getCategoriesList();
        assertEquals(categories.size(), categories.stream().distinct().count(), "each category once: " + categories);
        assertTrue(categories.indexOf(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE) >= 0
                && categories.indexOf(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE)
                        < categories.indexOf(QuestionCategory.QUESTION_CATEGORY_BARGAIN), categories.toString());

        ChatEvent badScript = reply.toBuilder().setEventId("k4").setMessagePosted(reply.getMessagePosted().toBuilder()
                .setScriptId("script\n42")).build();
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> send("shop-a", List.of(badScript)));
        assertEquals("events[0].message_posted.script_id: must not contain control characters",
                e.getStatus().getDescription());
    }

    @Test
    void listsAndSnapshotsCarryNoPersonalDataWhileOneConversationShowsItAsSent() {
        String line = "送女朋友的 急用 电话13800138000";
        send("shop-a", List.of(buyer("pii1", "buyer-9", min(0), line)));
        String id = conversationsOf("buyer-9").get(0).getConversationId();
        ListConversationsResponse list = ApiKeys.withKey(conversations, "test-key-shop-a").listConversations(
                ListConversationsRequest.newBuilder().setShopId("shop-a").setBuyerId("buyer-9").build());
        assertEquals(id, list.getConversations(0).getConversationId());
        assertFalse(list.toString().contains("13800138000"), "a list leaves the service in bulk");
        Conversation one = ApiKeys.withKey(conversations, "test-key-shop-a").getConversation(GetConversationRequest
                .newBuilder().setShopId("shop-a").setConversationId(id).build()).getConversation();
        assertEquals(line, one.getMessages(0).getText());
        Consultation snapshot = outboxSnapshots().stream().filter(c -> c.getConversationId().equals(id)).findFirst()
                .orElseThrow();
        String evidence = snapshot.getCustomer().getTraitsList().stream().flatMap(t -> t.getEvidenceList().stream())
                .reduce("", String::concat);
        assertTrue(evidence.contains("138****8000"), "the buyer's line is evidence, masked: " + evidence);
        assertFalse(snapshot.toString().contains("13800138000"), "snapshots go to metrics-service in bulk");
    }

    private static StreamEventsRequest request(ChatEvent e) {
        return StreamEventsRequest.newBuilder().setShopId("shop-a").setEvent(e).build();
    }

    private long pending() {
        Shaping.awaitShaped(shaping);
        return QuarkusTransaction.requiringNew().call(outbox::pending);
    }

    private List<Consultation> outboxSnapshots() {
        Shaping.awaitShaped(shaping);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Consultation> all = new ArrayList<>();
            for (Object[] row : outbox.claim(10_000)) {
                try {
                    all.add(Consultation.parseFrom((byte[]) row[1]));
                } catch (InvalidProtocolBufferException e) {
                    throw new IllegalStateException(e);
                }
            }
            return all;
        });
    }
}
