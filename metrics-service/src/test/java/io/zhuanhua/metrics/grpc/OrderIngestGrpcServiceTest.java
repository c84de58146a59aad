package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.cancelled;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.paid;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static io.zhuanhua.metrics.grpc.Protos.refunded;
import static io.zhuanhua.proto.common.v1.EventOutcome.EVENT_OUTCOME_DUPLICATE;
import static io.zhuanhua.proto.common.v1.EventOutcome.EVENT_OUTCOME_REJECTED;
import static io.zhuanhua.proto.common.v1.EventOutcome.EVENT_OUTCOME_STORED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.ConversionFigures;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.MutinyOrderIngestServiceGrpc.MutinyOrderIngestServiceStub;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc.ReportServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.StreamOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.StreamOrderEventsResponse;

/** Order ingest over gRPC; every test works on its own order ids and shop-a days of January 2026. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OrderIngestGrpcServiceTest {
    private static final String SHOP = "shop-a";

    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    MutinyOrderIngestServiceStub stream;
    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    ReportServiceBlockingStub reports;

    private List<EventOutcome> send(OrderEvent... events) {
        return ApiKeys.withKey(ingest, Protos.SHOP_A_KEY)
                .ingestOrderEvents(IngestOrderEventsRequest.newBuilder().setShopId(SHOP).addAllEvents(List.of(events))
                        .build())
                .getOutcomesList();
    }

    private List<StreamOrderEventsResponse> stream(String apiKey, String shopId, OrderEvent... events) {
        Multi<StreamOrderEventsRequest> requests = Multi.createFrom().items(List.of(events).stream()
                .map(e -> StreamOrderEventsRequest.newBuilder().setShopId(shopId).setEvent(e).build()));
        return ApiKeys.withKey(stream, apiKey).streamOrderEvents(requests).collect().asList().await()
                .atMost(Duration.ofSeconds(30));
    }

    private void publishInquiry(String conversationId, String buyerId, String at) {
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(PublishConsultationsRequest.newBuilder()
                .addConsultations(inquiry(conversationId, 1, SHOP, buyerId, at + ":00", agent("alice", at + ":30")))
                .build());
    }

    private ConversionFigures dayTotal(String day) {
        return ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(GetConversionReportRequest.newBuilder()
                .setShopId(SHOP).setPeriod(period(day, day)).build()).getReport().getTotal();
    }

    private static void assertInvalid(String field, Runnable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith(field + ": "), e.getStatus().getDescription());
    }

    @Test
    void everyEventTwiceIsStoredOnceAndTheReportStaysTheSame() {
        publishInquiry("ing-dup-c1", "ing-dup-b1", "2026-01-05T10:00");
        OrderEvent created = created("ing-dup-o1", "ing-dup-b1", "2026-01-05T11:00", 12900);
        OrderEvent paid = paid("ing-dup-o1", "ing-dup-b1", "2026-01-05T11:05");
        OrderEvent refunded = refunded("ing-dup-o1", "ing-dup-b1", "2026-01-08T09:00", "r1", 2000);

        assertEquals(List.of(EVENT_OUTCOME_STORED, EVENT_OUTCOME_DUPLICATE, EVENT_OUTCOME_STORED,
                EVENT_OUTCOME_DUPLICATE, EVENT_OUTCOME_STORED, EVENT_OUTCOME_DUPLICATE),
                send(created, created, paid, paid, refunded, refunded));
        ConversionFigures first = dayTotal("2026-01-05");

        assertEquals(List.of(EVENT_OUTCOME_DUPLICATE, EVENT_OUTCOME_DUPLICATE, EVENT_OUTCOME_DUPLICATE),
                send(created, paid, refunded));
        assertEquals(List.of(EVENT_OUTCOME_DUPLICATE, EVENT_OUTCOME_DUPLICATE),
                stream(Protos.SHOP_A_KEY, SHOP, created, paid).stream().map(StreamOrderEventsResponse::getOutcome)
                        .toList());
        // A conflicting repeat (another creation time and amount) keeps the first fact.
        assertEquals(List.of(EVENT_OUTCOME_DUPLICATE), send(created("ing-dup-o1", "ing-dup-b1", "2026-01-05T09:00", 1)));

        assertEquals(first, dayTotal("2026-01-05"));
        assertEquals(1, first.getPayingBuyers());
        assertEquals(12900, first.getCsSales().getAmountMinor());
    }

    @Test
    void eventsInAnyOrderGiveTheSameReport() {
        publishInquiry("ing-ord-c1", "ing-ord-b1", "2026-01-06T10:00");
        publishInquiry("ing-ord-c2", "ing-ord-b2", "2026-01-06T10:00");
        send(created("ing-ord-o1", "ing-ord-b1", "2026-01-06T11:00", 5000),
                paid("ing-ord-o1", "ing-ord-b1", "2026-01-06T11:05"),
                created("ing-ord-o2", "ing-ord-b2", "2026-01-06T11:00", 7000),
                cancelled("ing-ord-o2", "ing-ord-b2", "2026-01-06T11:30"));

        publishInquiry("ing-rev-c1", "ing-rev-b1", "2026-01-07T10:00");
        publishInquiry("ing-rev-c2", "ing-rev-b2", "2026-01-07T10:00");
        send(cancelled("ing-rev-o2", "ing-rev-b2", "2026-01-07T11:30"));
        List<StreamOrderEventsResponse> acks = stream(Protos.SHOP_A_KEY, SHOP,
                paid("ing-rev-o1", "ing-rev-b1", "2026-01-07T11:05"));
        assertEquals(EVENT_OUTCOME_STORED, acks.get(0).getOutcome());
        // Paid before created: stored, but the order counts nowhere until its creation is known.
        assertEquals(0, dayTotal("2026-01-07").getOrderingBuyers());
        send(created("ing-rev-o2", "ing-rev-b2", "2026-01-07T11:00", 7000),
                created("ing-rev-o1", "ing-rev-b1", "2026-01-07T11:00", 5000));

        ConversionFigures natural = dayTotal("2026-01-06");
        assertEquals(natural, dayTotal("2026-01-07"));
        assertEquals(List.of(2L, 2L, 1L, 5000L), List.of(natural.getInquiringBuyers(), natural.getOrderingBuyers(),
                natural.getPayingBuyers(), natural.getCsSales().getAmountMinor()));
    }

    @Test
    void anInvalidEventRejectsTheWholeBatch() {
        OrderEvent valid = created("ing-bad-o1", "ing-bad-b1", "2026-01-09T11:00", 100);
        OrderEvent negative = created("ing-bad-o2", "ing-bad-b1", "2026-01-09T11:00", 100).toBuilder()
                .setCreated(created("ing-bad-o2", "ing-bad-b1", "2026-01-09T11:00", 100).getCreated().toBuilder()
                        .setAmount(Protos.cny(-1)))
                .build();

        assertInvalid("events[1].created.amount.amount_minor", () -> send(valid, negative));
        assertInvalid("events[0].occurred_at", () -> send(valid.toBuilder().clearOccurredAt().build()));
        assertInvalid("events[0].kind", () -> send(valid.toBuilder().clearKind().build()));
        assertInvalid("events", () -> send());

        assertEquals(List.of(EVENT_OUTCOME_STORED), send(valid));
    }

    @Test
    void anOrderHasOneBuyer() {
        send(created("ing-buyer-o1", "ing-buyer-b1", "2026-01-10T11:00", 100));

        assertInvalid("events[1].buyer_id", () -> send(paid("ing-buyer-o2", "ing-buyer-b1", "2026-01-10T11:05"),
                paid("ing-buyer-o1", "ing-buyer-b2", "2026-01-10T11:05")));
        StreamOrderEventsResponse ack = stream(Protos.SHOP_A_KEY, SHOP,
                paid("ing-buyer-o1", "ing-buyer-b2", "2026-01-10T11:05")).get(0);
        assertEquals(EVENT_OUTCOME_REJECTED, ack.getOutcome());
        assertEquals("event.buyer_id", ack.getViolation().getField());

        // Nothing of the rejected batch was written: its first event is new.
        assertEquals(List.of(EVENT_OUTCOME_STORED), send(paid("ing-buyer-o2", "ing-buyer-b1", "2026-01-10T11:05")));
    }

    @Test
    void theStreamAcknowledgesEachRequestInOrderAndGoesOnAfterARejection() {
        OrderEvent created = created("ing-str-o1", "ing-str-b1", "2026-01-11T11:00", 100);

        List<StreamOrderEventsResponse> acks = stream(Protos.SHOP_A_KEY, SHOP, created,
                paid("ing-str-o1", "ing-str-b1", "2026-01-11T11:05").toBuilder().clearOccurredAt().build(),
                paid("ing-str-o1", "ing-str-b1", "2026-01-11T11:05"), created);

        assertEquals(List.of(0L, 1L, 2L, 3L), acks.stream().map(StreamOrderEventsResponse::getSequence).toList());
        assertEquals(List.of(EVENT_OUTCOME_STORED, EVENT_OUTCOME_REJECTED, EVENT_OUTCOME_STORED,
                EVENT_OUTCOME_DUPLICATE), acks.stream().map(StreamOrderEventsResponse::getOutcome).toList());
        assertTrue(acks.stream().allMatch(a -> a.getOrderId().equals("ing-str-o1")));
        assertEquals("event.occurred_at", acks.get(1).getViolation().getField());
        assertEquals("required", acks.get(1).getViolation().getDescription());
        assertTrue(acks.stream().filter(a -> a.getOutcome() != EVENT_OUTCOME_REJECTED).noneMatch(a -> a.hasViolation()));
    }

    @Test
    void concurrentBatchesOverTheSameOrdersDoNotDeadlock() {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            sendConcurrently(clients);
        } finally {
            clients.shutdown();
        }
    }

    private void sendConcurrently(ExecutorService clients) {
        for (int round = 0; round < 20; round++) {
            String o1 = "ing-conc-" + round + "-a";
            String o2 = "ing-conc-" + round + "-b";
            CompletableFuture<List<EventOutcome>> forward = CompletableFuture.supplyAsync(
                    () -> send(created(o1, "ing-conc-b1", "2026-01-13T11:00", 100),
                            created(o2, "ing-conc-b1", "2026-01-13T11:00", 100)), clients);
            CompletableFuture<List<EventOutcome>> backward = CompletableFuture.supplyAsync(
                    () -> send(paid(o2, "ing-conc-b1", "2026-01-13T11:05"), paid(o1, "ing-conc-b1", "2026-01-13T11:05")), clients);

            assertEquals(List.of(EVENT_OUTCOME_STORED, EVENT_OUTCOME_STORED), forward.join());
            assertEquals(List.of(EVENT_OUTCOME_STORED, EVENT_OUTCOME_STORED), backward.join());
        }
    }

    @Test
    void callersNeedAKeyForTheShop() {
        OrderEvent event = created("ing-auth-o1", "ing-auth-b1", "2026-01-12T11:00", 100);
        IngestOrderEventsRequest request = IngestOrderEventsRequest.newBuilder().setShopId(SHOP).addEvents(event).build();

        StatusRuntimeException anonymous = assertThrows(StatusRuntimeException.class,
                () -> ingest.ingestOrderEvents(request));
        assertEquals(Status.Code.UNAUTHENTICATED, anonymous.getStatus().getCode());
        StatusRuntimeException otherShop = assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(ingest, Protos.SHOP_B_KEY).ingestOrderEvents(request));
        assertEquals(Status.Code.PERMISSION_DENIED, otherShop.getStatus().getCode());
        StatusRuntimeException otherShopStream = assertThrows(StatusRuntimeException.class,
                () -> stream(Protos.SHOP_B_KEY, SHOP, event));
        assertEquals(Status.Code.PERMISSION_DENIED, otherShopStream.getStatus().getCode());

        assertEquals(List.of(EVENT_OUTCOME_STORED), send(event));
    }
}
