package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.paid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

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
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.MutinyOrderIngestServiceGrpc.MutinyOrderIngestServiceStub;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.StreamOrderEventsRequest;

/** Order ingest over the shop's budget (test config: burst 2, next token in 100 s) is RESOURCE_EXHAUSTED. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IngestLimitTest {
    private static final String KEY = "test-key-shop-c";

    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    MutinyOrderIngestServiceStub stream;

    @Test
    void batchAndStreamOverTheBudgetAreRefused() {
        OrderIngestServiceBlockingStub shopC = ApiKeys.withKey(ingest, KEY);
        assertEquals(List.of(EventOutcome.EVENT_OUTCOME_STORED, EventOutcome.EVENT_OUTCOME_STORED),
                shopC.ingestOrderEvents(request(created("lim-o1", "lim-b1", "2026-01-07T10:00", 5900),
                        paid("lim-o1", "lim-b1", "2026-01-07T10:01"))).getOutcomesList());

        StatusRuntimeException batch = assertThrows(StatusRuntimeException.class,
                () -> shopC.ingestOrderEvents(request(created("lim-o2", "lim-b2", "2026-01-07T11:00", 5900))));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, batch.getStatus().getCode());
        assertTrue(batch.getStatus().getDescription().startsWith("shop shop-c sends faster than its ingest budget"),
                batch.getStatus().getDescription());

        Throwable streamed = assertThrows(Throwable.class, () -> ApiKeys.withKey(stream, KEY)
                .streamOrderEvents(Multi.createFrom().item(StreamOrderEventsRequest.newBuilder().setShopId("shop-c")
                        .setEvent(created("lim-o2", "lim-b2", "2026-01-07T11:00", 5900)).build()))
                .collect().asList().await().atMost(Duration.ofSeconds(20)));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, Status.fromThrowable(streamed).getCode(), streamed.toString());
    }

    private static IngestOrderEventsRequest request(OrderEvent... events) {
        return IngestOrderEventsRequest.newBuilder().setShopId("shop-c").addAllEvents(List.of(events)).build();
    }
}
