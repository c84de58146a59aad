package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.bot;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.paid;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static io.zhuanhua.metrics.grpc.Protos.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.protobuf.Duration;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.AgentPerformance;
import io.zhuanhua.proto.metrics.v1.AgentPerformanceServiceGrpc.AgentPerformanceServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.BonusTier;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.GetAgentPerformanceRequest;
import io.zhuanhua.proto.metrics.v1.GetAgentPerformanceResponse;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;

/**
 * Agent KPIs over the RPC, on 2026-04-14: alice serves ten buyers of whom six order (60%: bonus 500) and
 * three pay 100.00 each; bob serves two buyers, one orders (50%: 300); dave serves one who does not order
 * (0%: 200 deducted). shop-a uses DOMAIN.md's tiers; shop-b configures its own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AgentPerformanceGrpcServiceTest {
    private static final String D = "2026-04-14T";

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    AgentPerformanceServiceBlockingStub performance;

    private static ResponseWait seconds(long calendar, long business) {
        return ResponseWait.newBuilder().setCalendar(Duration.newBuilder().setSeconds(calendar))
                .setBusiness(Duration.newBuilder().setSeconds(business)).build();
    }

    @BeforeEach
    void scriptTheDay() {
        List<Consultation> day = new ArrayList<>();
        List<OrderEvent> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String buyer = "kpi-a" + i;
            String first = D + "10:" + (10 + i);
            // alice answers 4 s after the buyer's first line, and a second turn after 10 s.
            day.add(inquiry("kpi-ca" + i, 1, "shop-a", buyer, first, agent("alice", first + ":04"),
                    agent("alice", first + ":30"))
                    .setHumanFirstResponse(seconds(4, 4))
                    .addTurns(BuyerTurn.newBuilder().setStartedAt(ts(first)).setAnsweredBy(Role.ROLE_AGENT)
                            .setWait(seconds(4, 4)))
                    .addTurns(BuyerTurn.newBuilder().setStartedAt(ts(first + ":20")).setAnsweredBy(Role.ROLE_AGENT)
                            .setWait(seconds(10, 0)))
                    .build());
            if (i < 6) {
                orders.add(created("kpi-oa" + i, buyer, D + "18:00", 10000));
            }
            if (i < 3) {
                orders.add(paid("kpi-oa" + i, buyer, D + "18:01"));
            }
        }
        day.add(inquiry("kpi-cb0", 1, "shop-a", "kpi-b0", D + "11:00", bot(D + "11:00:01"), agent("bob", D + "11:01"))
                .build());
        day.add(inquiry("kpi-cb1", 1, "shop-a", "kpi-b1", D + "11:05", agent("bob", D + "11:06")).build());
        orders.add(created("kpi-ob0", "kpi-b0", D + "19:00", 5000));
        day.add(inquiry("kpi-cd0", 1, "shop-a", "kpi-d0", D + "12:00", agent("dave", D + "12:01")).build());
        day.add(inquiry("kpi-cx0", 1, "shop-b", "kpi-x0", D + "12:00", agent("xavier", D + "12:01")).build());
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(
                PublishConsultationsRequest.newBuilder().addAllConsultations(day).build());
        ApiKeys.withKey(ingest, Protos.SHOP_A_KEY).ingestOrderEvents(
                IngestOrderEventsRequest.newBuilder().setShopId("shop-a").addAllEvents(orders).build());
    }

    private GetAgentPerformanceResponse report(String key, String shopId) {
        return ApiKeys.withKey(performance, key).getAgentPerformance(GetAgentPerformanceRequest.newBuilder()
                .setShopId(shopId).setPeriod(period("2026-04-13", "2026-04-14")).build());
    }

    @Test
    void conversionSalesResponseTimesLostInquiriesAndPay() {
        GetAgentPerformanceResponse r = report(Protos.SHOP_A_KEY, "shop-a");
        assertEquals(List.of("", "alice", "bob", "dave"), r.getAgentsList().stream().map(AgentPerformance::getAgentId).toList());
        AgentPerformance botRow = r.getAgents(0);
        assertEquals(true, botRow.getBot());
        assertFalse(botRow.hasBonus(), "the bot earns no pay");

        AgentPerformance alice = r.getAgents(1);
        assertEquals(List.of(10L, 6L, 3L), List.of(alice.getFigures().getInquiringBuyers(),
                alice.getFigures().getOrderingBuyers(), alice.getFigures().getPayingBuyers()));
        assertEquals(0.6, alice.getFigures().getConsultationConversion());
        assertEquals(30000, alice.getFigures().getCsSales().getAmountMinor());
        assertEquals(10000, alice.getFigures().getAverageOrderValue().getAmountMinor());
        assertEquals(10, alice.getFirstResponse().getCount());
        assertEquals(4, alice.getFirstResponse().getAverageCalendar().getSeconds());
        assertEquals(20, alice.getTurnResponse().getCount());
        assertEquals(7, alice.getTurnResponse().getAverageCalendar().getSeconds());
        assertEquals(2, alice.getTurnResponse().getAverageBusiness().getSeconds());
        assertEquals(4, alice.getLostInquiries());
        assertEquals(50000, alice.getBonus().getAmountMinor());
        assertEquals(0.6, alice.getBonusTier().getMinConsultationConversion());

        AgentPerformance bob = r.getAgents(2);
        assertEquals(0.5, bob.getFigures().getConsultationConversion());
        assertEquals(30000, bob.getBonus().getAmountMinor());
        assertEquals(1, bob.getLostInquiries());
        assertEquals(0, bob.getFirstResponse().getCount(), "no facts of response times were sent for bob");
        assertFalse(bob.getFirstResponse().hasAverageCalendar());
        AgentPerformance dave = r.getAgents(3);
        assertEquals(-20000, dave.getBonus().getAmountMinor());

        assertEquals(List.of(0.6, 0.55, 0.5, 0.0),
                r.getBonusTiersList().stream().map(BonusTier::getMinConsultationConversion).toList());
    }

    @Test
    void eachShopHasItsOwnTiersAndAgents() {
        GetAgentPerformanceResponse b = report(Protos.SHOP_B_KEY, "shop-b");
        assertEquals(List.of("xavier"), b.getAgentsList().stream().map(AgentPerformance::getAgentId).toList());
        assertEquals(List.of(0.7, 0.0), b.getBonusTiersList().stream().map(BonusTier::getMinConsultationConversion).toList());
        assertEquals(-5000, b.getAgents(0).getBonus().getAmountMinor());
        StatusRuntimeException denied = assertThrows(StatusRuntimeException.class,
                () -> report(Protos.SHOP_B_KEY, "shop-a"));
        assertEquals(Status.Code.PERMISSION_DENIED, denied.getStatus().getCode());
    }
}
