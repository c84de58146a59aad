package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.paid;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc;
import io.zhuanhua.proto.metrics.v1.ConversionFigures;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc;

/**
 * The packaged metrics-service (the jar here, the native executable where GraalVM builds one): it starts on
 * PostgreSQL, migrates, takes a consultation and an order over gRPC and reports the conversion, which needs
 * the protobuf classes and the Hibernate entities inside the artifact.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(PostgresTestResource.class)
class MetricsServiceIT {
    private static final String DAY = "2026-11-20";

    @TestHTTPResource("/")
    URI root;

    @Test
    void readyAndReportsAnAttributedOrder() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(root.resolve("/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        ManagedChannel channel = ManagedChannelBuilder.forAddress(root.getHost(), root.getPort()).usePlaintext().build();
        try {
            assertEquals(List.of(1L, 1L, 1L), inquiryOrderPayment(channel));
        } finally {
            channel.shutdownNow();
        }
    }

    /** One inquiry answered by alice, then the buyer's paid order: inquiring, ordering, paying buyers. */
    private static List<Long> inquiryOrderPayment(ManagedChannel channel) {
        ApiKeys.withKey(ConsultationFeedServiceGrpc.newBlockingStub(channel), Protos.INTERNAL_KEY)
                .publishConsultations(PublishConsultationsRequest.newBuilder()
                        .addConsultations(inquiry("it-c1", 1, "shop-a", "it-b1", DAY + "T10:00", agent("alice", DAY + "T10:01")))
                        .build());
        ApiKeys.withKey(OrderIngestServiceGrpc.newBlockingStub(channel), Protos.SHOP_A_KEY)
                .ingestOrderEvents(IngestOrderEventsRequest.newBuilder().setShopId("shop-a")
                        .addEvents(created("it-o1", "it-b1", DAY + "T11:00", 12900))
                        .addEvents(paid("it-o1", "it-b1", DAY + "T11:01"))
                        .build());
        ConversionFigures total = ApiKeys.withKey(ReportServiceGrpc.newBlockingStub(channel), Protos.SHOP_A_KEY)
                .getConversionReport(GetConversionReportRequest.newBuilder().setShopId("shop-a").setPeriod(period(DAY, DAY))
                        .addGroupBy(ReportGrouping.REPORT_GROUPING_DAY).build())
                .getReport().getTotal();
        return List.of(total.getInquiringBuyers(), total.getOrderingBuyers(), total.getPayingBuyers());
    }
}
