package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.bot;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static io.zhuanhua.metrics.grpc.Protos.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.LossEvidence;
import io.zhuanhua.proto.common.v1.LossSignal;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.GetLostInquirySummaryRequest;
import io.zhuanhua.proto.metrics.v1.GetLostInquirySummaryResponse;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.ListLostInquiriesRequest;
import io.zhuanhua.proto.metrics.v1.ListLostInquiriesResponse;
import io.zhuanhua.proto.metrics.v1.LostInquiry;
import io.zhuanhua.proto.metrics.v1.LostInquiryServiceGrpc.LostInquiryServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.ReasonCount;
import io.zhuanhua.proto.metrics.v1.Responder;
import io.zhuanhua.proto.metrics.v1.ResponsibleTeam;

/**
 * Lost inquiries over the RPCs, on 2026-04-07: in shop-a, lost-b1 orders; lost-b2 is refused 顺丰 and told
 * the coat is out of stock; lost-b3 is refused 顺丰; lost-b4 only gets the bot. shop-b has a lost buyer of
 * its own with a refused 京东, the same day, which shop-a never sees.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LostInquiryGrpcServiceTest {
    private static final String D = "2026-04-07T";

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    LostInquiryServiceBlockingStub lost;

    private static LossEvidence evidence(LossSignal signal, String at, String buyerQuote, String detail) {
        return LossEvidence.newBuilder().setSignal(signal).setBuyerQuote(buyerQuote).setDetail(detail).setAt(ts(at))
                .build();
    }

    @BeforeEach
    void scriptTheDay() {
        List<Consultation> day = List.of(
                inquiry("lost-c1", 1, "shop-a", "lost-b1", D + "09:00", agent("alice", D + "09:01")).build(),
                inquiry("lost-c2", 1, "shop-a", "lost-b2", D + "10:00", agent("alice", D + "10:01"))
                        .addLossEvidence(evidence(LossSignal.LOSS_SIGNAL_COURIER_NOT_OFFERED, D + "10:01", "能发顺丰吗", "顺丰"))
                        .build(),
                inquiry("lost-c2b", 1, "shop-a", "lost-b2", D + "16:00", agent("bob", D + "16:01"))
                        .addLossEvidence(evidence(LossSignal.LOSS_SIGNAL_OUT_OF_STOCK, D + "16:01", "有货吗", "coat-1"))
                        .build(),
                inquiry("lost-c3", 1, "shop-a", "lost-b3", D + "11:00", agent("bob", D + "11:01"))
                        .addLossEvidence(evidence(LossSignal.LOSS_SIGNAL_COURIER_NOT_OFFERED, D + "11:01", "顺丰", "顺丰"))
                        .build(),
                inquiry("lost-c4", 1, "shop-a", "lost-b4", D + "12:00", bot(D + "12:00:02")).build(),
                inquiry("lost-c9", 1, "shop-b", "lost-b9", D + "12:00", agent("carol", D + "12:01"))
                        .addLossEvidence(evidence(LossSignal.LOSS_SIGNAL_COURIER_NOT_OFFERED, D + "12:01", "京东", "京东"))
                        .build());
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(
                PublishConsultationsRequest.newBuilder().addAllConsultations(day).build());
        ApiKeys.withKey(ingest, Protos.SHOP_A_KEY).ingestOrderEvents(IngestOrderEventsRequest.newBuilder()
                .setShopId("shop-a").addEvents(created("lost-o1", "lost-b1", D + "09:30", 9900)).build());
    }

    /** Of 2026-04-06 and 07: shop-b counts its days in Los Angeles, where its buyer wrote on the 6th. */
    private GetLostInquirySummaryResponse summary(String key, String shopId) {
        return ApiKeys.withKey(lost, key).getLostInquirySummary(GetLostInquirySummaryRequest.newBuilder()
                .setShopId(shopId).setPeriod(period("2026-04-06", "2026-04-07")).build());
    }

    private ListLostInquiriesResponse list(ListLostInquiriesRequest.Builder request) {
        return ApiKeys.withKey(lost, Protos.SHOP_A_KEY).listLostInquiries(request.setShopId("shop-a")
                .setPeriod(period("2026-04-07", "2026-04-07")).build());
    }

    @Test
    void summaryByReasonTeamResponderAndDemand() {
        GetLostInquirySummaryResponse s = summary(Protos.SHOP_A_KEY, "shop-a");
        assertEquals(List.of(4L, 3L), List.of(s.getInquiringBuyers(), s.getLostInquiries()));
        // One each: in precedence order, unknown last.
        assertEquals(List.of(LossSignal.LOSS_SIGNAL_OUT_OF_STOCK, LossSignal.LOSS_SIGNAL_COURIER_NOT_OFFERED,
                LossSignal.LOSS_SIGNAL_UNSPECIFIED), s.getReasonsList().stream().map(ReasonCount::getReason).toList());
        assertEquals(List.of(ResponsibleTeam.RESPONSIBLE_TEAM_PRODUCT, ResponsibleTeam.RESPONSIBLE_TEAM_LISTING,
                ResponsibleTeam.RESPONSIBLE_TEAM_UNSPECIFIED),
                s.getReasonsList().stream().map(ReasonCount::getTeam).toList());
        assertEquals(1.0 / 3, s.getReasons(1).getShare());
        assertEquals(List.of(Responder.newBuilder().setBot(true).build(), Responder.newBuilder().setAgentId("bob").build()),
                s.getAgentsList().stream().map(a -> a.getResponder()).toList());
        assertEquals(2, s.getAgents(1).getLostInquiries());
        assertEquals("顺丰", s.getCouriers(0).getCourier());
        assertEquals(2, s.getCouriers(0).getLostInquiries(), "lost-b2 asked for 顺丰 too; 京东 is shop-b's");
        assertEquals(1, s.getCouriersCount());
        assertEquals("coat-1", s.getOutOfStockItems(0).getItemId());

        GetLostInquirySummaryResponse b = summary(Protos.SHOP_B_KEY, "shop-b");
        assertEquals(List.of("京东"), b.getCouriersList().stream().map(c -> c.getCourier()).toList());
        StatusRuntimeException denied = assertThrows(StatusRuntimeException.class,
                () -> summary(Protos.SHOP_A_KEY, "shop-b"));
        assertEquals(Status.Code.PERMISSION_DENIED, denied.getStatus().getCode());
    }

    @Test
    void drillDownPagesThroughTheLostBuyersWithEvidenceAndConversations() {
        List<LostInquiry> seen = new ArrayList<>();
        ListLostInquiriesResponse page = list(ListLostInquiriesRequest.newBuilder().setPageSize(2));
        assertEquals(3, page.getTotal());
        seen.addAll(page.getLostInquiriesList());
        page = list(ListLostInquiriesRequest.newBuilder().setPageSize(2).setPageToken(page.getNextPageToken()));
        seen.addAll(page.getLostInquiriesList());
        assertEquals("", page.getNextPageToken());
        assertEquals(List.of("lost-b2", "lost-b3", "lost-b4"), seen.stream().map(LostInquiry::getBuyerId).toList());

        LostInquiry b2 = seen.get(0);
        assertEquals(LossSignal.LOSS_SIGNAL_OUT_OF_STOCK, b2.getReason());
        assertEquals(ResponsibleTeam.RESPONSIBLE_TEAM_PRODUCT, b2.getTeam());
        assertEquals(List.of("lost-c2b", "lost-c2"), b2.getEvidenceList().stream().map(e -> e.getConversationId()).toList());
        assertEquals("有货吗", b2.getEvidence(0).getEvidence().getBuyerQuote());
        assertEquals(List.of("lost-c2", "lost-c2b"), b2.getConversationIdsList());
        assertEquals(List.of("alice", "bob"), b2.getAgentIdsList());
        assertEquals("bob", b2.getResponder().getAgentId());
        assertEquals(Protos.date("2026-04-07"), b2.getDay());
        assertEquals(LossSignal.LOSS_SIGNAL_UNSPECIFIED, seen.get(2).getReason());
        assertEquals(0, seen.get(2).getEvidenceCount());
    }

    @Test
    void filtersByReasonUnknownTeamAndResponder() {
        assertEquals(List.of("lost-b4"), buyers(list(ListLostInquiriesRequest.newBuilder()
                .setReason(LossSignal.LOSS_SIGNAL_UNSPECIFIED))));
        assertEquals(List.of("lost-b3"), buyers(list(ListLostInquiriesRequest.newBuilder()
                .setReason(LossSignal.LOSS_SIGNAL_COURIER_NOT_OFFERED))));
        assertEquals(List.of("lost-b2"), buyers(list(ListLostInquiriesRequest.newBuilder()
                .setTeam(ResponsibleTeam.RESPONSIBLE_TEAM_PRODUCT))));
        assertEquals(List.of("lost-b2", "lost-b3"), buyers(list(ListLostInquiriesRequest.newBuilder()
                .setResponder(Responder.newBuilder().setAgentId("bob")))));
    }

    @Test
    void badRequestsNameTheField() {
        assertInvalid("page_token: not a token of this list",
                ListLostInquiriesRequest.newBuilder().setPageToken("not-a-token"));
        assertInvalid("page_size: must be between 0 and 500", ListLostInquiriesRequest.newBuilder().setPageSize(501));
        assertInvalid("responder.agent_id: must be empty for the bot", ListLostInquiriesRequest.newBuilder()
                .setResponder(Responder.newBuilder().setBot(true).setAgentId("bob")));
        StatusRuntimeException noPeriod = assertThrows(StatusRuntimeException.class, () -> ApiKeys
                .withKey(lost, Protos.SHOP_A_KEY)
                .getLostInquirySummary(GetLostInquirySummaryRequest.newBuilder().setShopId("shop-a").build()));
        assertEquals("period: required", noPeriod.getStatus().getDescription());
    }

    private void assertInvalid(String description, ListLostInquiriesRequest.Builder request) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> list(request));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals(description, e.getStatus().getDescription());
    }

    private static List<String> buyers(ListLostInquiriesResponse response) {
        return response.getLostInquiriesList().stream().map(LostInquiry::getBuyerId).toList();
    }
}
