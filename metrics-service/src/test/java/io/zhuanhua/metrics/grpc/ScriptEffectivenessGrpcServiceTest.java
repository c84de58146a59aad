package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.paid;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static io.zhuanhua.metrics.grpc.Protos.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessRequest;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessResponse;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.Reply;
import io.zhuanhua.proto.metrics.v1.ScriptEffectiveness;
import io.zhuanhua.proto.metrics.v1.ScriptEffectivenessServiceGrpc.ScriptEffectivenessServiceBlockingStub;

/**
 * Script effectiveness over the RPC, on 2026-04-28: script s-size is sent to three shop-a buyers of whom
 * two order and one pays; s-coupon to one who does not order; shop-b sent s-size to a buyer who ordered.
 * scripts-service asks with an internal key.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ScriptEffectivenessGrpcServiceTest {
    private static final String D = "2026-04-28T";
    /** Shanghai times on shop-b's 2026-04-28 in Los Angeles. */
    private static final String LA_D = "2026-04-29T";

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    ScriptEffectivenessServiceBlockingStub scripts;

    private static Reply scripted(String agentId, String at, String scriptId) {
        return Reply.newBuilder().setRole(Role.ROLE_AGENT).setAgentId(agentId).setSentAt(ts(at)).setScriptId(scriptId)
                .build();
    }

    @BeforeEach
    void scriptTheDay() {
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(PublishConsultationsRequest.newBuilder()
                .addConsultations(inquiry("se-c1", 1, "shop-a", "se-b1", D + "10:00",
                        scripted("alice", D + "10:01", "s-size"), scripted("alice", D + "10:02", "s-size")))
                .addConsultations(inquiry("se-c2", 1, "shop-a", "se-b2", D + "10:00", scripted("alice", D + "10:01", "s-size")))
                .addConsultations(inquiry("se-c3", 1, "shop-a", "se-b3", D + "10:00", scripted("bob", D + "10:01", "s-size"),
                        scripted("bob", D + "10:03", "s-coupon")))
                .addConsultations(inquiry("se-c4", 1, "shop-a", "se-b4", D + "10:00", scripted("bob", D + "10:01", "s-coupon")))
                .addConsultations(inquiry("se-c9", 1, "shop-b", "se-b9", LA_D + "03:00", scripted("xavier", LA_D + "03:01", "s-size")))
                .build());
        ApiKeys.withKey(ingest, Protos.SHOP_A_KEY).ingestOrderEvents(IngestOrderEventsRequest.newBuilder()
                .setShopId("shop-a").addEvents(created("se-o1", "se-b1", D + "12:00", 9900))
                .addEvents(paid("se-o1", "se-b1", D + "12:01")).addEvents(created("se-o2", "se-b2", D + "12:00", 9900))
                .build());
        ApiKeys.withKey(ingest, Protos.SHOP_B_KEY).ingestOrderEvents(IngestOrderEventsRequest.newBuilder()
                .setShopId("shop-b").addEvents(created("se-o9", "se-b9", LA_D + "05:00", 9900)).build());
    }

    private GetScriptEffectivenessResponse effectiveness(String key, String shopId, String... only) {
        return ApiKeys.withKey(scripts, key).getScriptEffectiveness(GetScriptEffectivenessRequest.newBuilder()
                .setShopId(shopId).setPeriod(period("2026-04-28", "2026-04-28")).addAllScriptIds(List.of(only)).build());
    }

    private static ScriptEffectiveness row(String scriptId, long inquiring, long ordering, long paying) {
        return ScriptEffectiveness.newBuilder().setScriptId(scriptId).setInquiringBuyers(inquiring)
                .setOrderingBuyers(ordering).setPayingBuyers(paying)
                .setConsultationConversion(inquiring == 0 ? 0 : (double) ordering / inquiring).build();
    }

    @Test
    void conversionOfTheInquiriesEachScriptWasSentIn() {
        assertEquals(List.of(row("s-coupon", 2, 0, 0), row("s-size", 3, 2, 1)),
                effectiveness(Protos.INTERNAL_KEY, "shop-a").getScriptsList());
        assertEquals(List.of(row("s-size", 3, 2, 1)), effectiveness(Protos.SHOP_A_KEY, "shop-a", "s-size").getScriptsList());
        assertEquals(List.of(row("s-size", 1, 1, 0)), effectiveness(Protos.INTERNAL_KEY, "shop-b").getScriptsList(),
                "shop-b's own buyer only");
    }

    @Test
    void anotherShopsKeyIsDenied() {
        StatusRuntimeException denied = assertThrows(StatusRuntimeException.class,
                () -> effectiveness(Protos.SHOP_B_KEY, "shop-a"));
        assertEquals(Status.Code.PERMISSION_DENIED, denied.getStatus().getCode());
        StatusRuntimeException blank = assertThrows(StatusRuntimeException.class,
                () -> effectiveness(Protos.SHOP_A_KEY, "shop-a", ""));
        assertEquals("script_ids[0]: required", blank.getStatus().getDescription());
    }
}
