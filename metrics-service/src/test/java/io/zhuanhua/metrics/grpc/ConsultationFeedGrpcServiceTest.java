package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.ConversionRow;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsResponse;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc.ReportServiceBlockingStub;

/** The internal consultation feed; every test works on its own conversation ids and shop-a days of January 20xx. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConsultationFeedGrpcServiceTest {
    private static final String SHOP = "shop-a";

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    ReportServiceBlockingStub reports;

    private PublishConsultationsResponse publish(Consultation.Builder... consultations) {
        PublishConsultationsRequest.Builder request = PublishConsultationsRequest.newBuilder();
        for (Consultation.Builder c : consultations) {
            request.addConsultations(c);
        }
        return ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(request.build());
    }

    private static List<Integer> counts(PublishConsultationsResponse response) {
        return List.of(response.getApplied(), response.getStale());
    }

    /** The agent rows of a day: who served how many inquiring buyers. */
    private List<ConversionRow> agentRows(String day) {
        return ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(GetConversionReportRequest.newBuilder()
                .setShopId(SHOP).setPeriod(period(day, day)).addGroupBy(ReportGrouping.REPORT_GROUPING_AGENT).build())
                .getReport().getRowsList();
    }

    private static void assertInvalid(String field, Runnable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith(field + ": "), e.getStatus().getDescription());
    }

    @Test
    void onlyANewerVersionReplacesTheStoredSnapshot() {
        String day = "2026-01-20";
        Consultation.Builder v2 = inquiry("feed-ver-c1", 2, SHOP, "feed-ver-b1", day + "T10:00",
                agent("alice", day + "T10:01"));
        Consultation.Builder v1 = inquiry("feed-ver-c1", 1, SHOP, "feed-ver-b1", day + "T10:00",
                agent("bob", day + "T10:01"));
        Consultation.Builder v3 = inquiry("feed-ver-c1", 3, SHOP, "feed-ver-b1", day + "T10:00",
                agent("carol", day + "T10:01"), agent("alice", day + "T10:02"));

        assertEquals(List.of(1, 0), counts(publish(v2)));
        assertEquals(List.of(0, 2), counts(publish(v1, v2)));
        assertEquals(List.of("alice"), agentRows(day).stream().map(ConversionRow::getAgentId).toList());

        assertEquals(List.of(1, 1), counts(publish(v3, v1)));
        // The replies were replaced wholesale by version 3.
        assertEquals(List.of("alice", "carol"), agentRows(day).stream().map(ConversionRow::getAgentId).toList());
    }

    @Test
    void aRemovedConversationStaysRemoved() {
        String day = "2026-01-21";
        Consultation.Builder live = inquiry("feed-rm-c1", 1, SHOP, "feed-rm-b1", day + "T10:00",
                agent("alice", day + "T10:01"));
        assertEquals(List.of(1, 0), counts(publish(live)));
        assertEquals(1, agentRows(day).size());

        Consultation.Builder tombstone = Consultation.newBuilder().setConversationId("feed-rm-c1").setVersion(2)
                .setRemoved(true);
        assertEquals(List.of(1, 0), counts(publish(tombstone)));
        assertEquals(List.of(0, 1), counts(publish(live)));
        assertEquals(List.of(), agentRows(day));

        // A tombstone may arrive before anything else of its conversation.
        assertEquals(List.of(1, 1), counts(publish(tombstone.clone().setConversationId("feed-rm-c2"),
                inquiry("feed-rm-c2", 1, SHOP, "feed-rm-b2", day + "T11:00"))));
        assertEquals(0, ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(GetConversionReportRequest
                .newBuilder().setShopId(SHOP).setPeriod(period(day, day)).build()).getReport().getTotal()
                .getInquiringBuyers());
    }

    @Test
    void invalidSnapshotsRejectTheWholeBatch() {
        String day = "2026-01-22";
        Consultation.Builder valid = inquiry("feed-bad-c1", 1, SHOP, "feed-bad-b1", day + "T10:00");

        assertInvalid("consultations[1].version", () -> publish(valid, valid.clone().setVersion(0)));
        assertInvalid("consultations[1].shop_id", () -> publish(valid, valid.clone().clearShopId()));
        assertInvalid("consultations[0].buyer_id", () -> publish(valid.clone().clearBuyerId()));
        assertInvalid("consultations[0].conversation_id", () -> publish(valid.clone().setConversationId("")));
        assertInvalid("consultations[0].replies[0].role", () -> publish(valid.clone()
                .addReplies(agent("alice", day + "T10:01").toBuilder().setRole(Role.ROLE_SYSTEM))));
        assertInvalid("consultations[0].replies[1].agent_id", () -> publish(valid.clone()
                .addReplies(agent("alice", day + "T10:01")).addReplies(agent("", day + "T10:02"))));
        assertInvalid("consultations[0].replies[0].sent_at", () -> publish(valid.clone()
                .addReplies(agent("alice", day + "T10:01").toBuilder().clearSentAt())));
        assertInvalid("consultations", () -> publish());

        // Nothing of the rejected batches was written.
        assertEquals(List.of(1, 0), counts(publish(valid)));
    }

    @Test
    void aConversationNeverMovesToAnotherShop() {
        String day = "2026-01-23";
        publish(inquiry("feed-move-c1", 1, SHOP, "feed-move-b1", day + "T10:00"));

        assertInvalid("consultations[0].shop_id",
                () -> publish(inquiry("feed-move-c1", 2, "shop-b", "feed-move-b1", day + "T10:00")));
    }

    @Test
    void onlyServicesOfTheSuiteMayPublish() {
        PublishConsultationsRequest request = PublishConsultationsRequest.newBuilder()
                .addConsultations(inquiry("feed-auth-c1", 1, SHOP, "feed-auth-b1", "2026-01-24T10:00")).build();

        StatusRuntimeException platform = assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(feed, Protos.SHOP_A_KEY).publishConsultations(request));
        assertEquals(Status.Code.PERMISSION_DENIED, platform.getStatus().getCode());
        StatusRuntimeException anonymous = assertThrows(StatusRuntimeException.class,
                () -> feed.publishConsultations(request));
        assertEquals(Status.Code.UNAUTHENTICATED, anonymous.getStatus().getCode());
    }
}
