package io.zhuanhua.metrics.dashboard;

import static io.zhuanhua.metrics.dashboard.DashboardScenario.FROM;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.TO;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.figuresOf;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.get;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.json;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.texts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.metrics.grpc.Protos;
import io.zhuanhua.proto.metrics.v1.AgentPerformance;
import io.zhuanhua.proto.metrics.v1.AgentPerformanceServiceGrpc.AgentPerformanceServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ConversionRow;
import io.zhuanhua.proto.metrics.v1.GetAgentPerformanceRequest;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc.ReportServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.WaitBucket;
import io.zhuanhua.proto.metrics.v1.WaitFigures;

/** The dashboard API over HTTP: keys, shop scoping, the report it serves and the conversation export. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DashboardResourceTest {
    private static final String PERIOD = "&from=" + FROM + "&to=" + TO;

    @TestHTTPResource("/")
    URI base;
    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub orders;
    @GrpcClient("metrics")
    ReportServiceBlockingStub reports;
    @GrpcClient("metrics")
    AgentPerformanceServiceBlockingStub performance;

    @BeforeEach
    void load() {
        DashboardScenario.load(feed, orders);
    }

    @Test
    void aKeyIsRequiredAndOpensOnlyItsShops() {
        assertEquals(401, get(base, "dashboard/api/me", null).statusCode());
        assertEquals(401, get(base, "dashboard/api/conversion?shop=shop-a" + PERIOD, "wrong-key").statusCode());

        JsonNode me = json(get(base, "dashboard/api/me", Protos.SHOP_A_KEY));
        assertEquals("[\"shop-a\"]", me.get("shops").toString());
        assertFalse(me.get("internal").asBoolean());

        HttpResponse<byte[]> denied = get(base, "dashboard/api/conversion?shop=shop-b" + PERIOD, Protos.SHOP_A_KEY);
        assertEquals(403, denied.statusCode());
        assertEquals("this API key may not access shop shop-b", json(denied).get("reason").asText());
        for (String panel : List.of("conversations.csv", "lost", "questions", "response-times", "agents")) {
            assertEquals(403, get(base, "dashboard/api/" + panel + "?shop=shop-a" + PERIOD, Protos.SHOP_B_KEY)
                    .statusCode(), panel);
            assertEquals(401, get(base, "dashboard/api/" + panel + "?shop=shop-a" + PERIOD, null).statusCode(), panel);
        }
        assertEquals(400, get(base, "dashboard/api/conversion?from=" + FROM + "&to=" + TO, Protos.SHOP_A_KEY)
                .statusCode());
    }

    @Test
    void shopBSeesOnlyItsOwnConversations() {
        // shop-b counts days in Los Angeles: its buyer's Shanghai morning of FROM is the day before there.
        String period = "&from=2026-03-01&to=" + TO;
        JsonNode b = json(get(base, "dashboard/api/conversion?shop=shop-b&groupBy=agent" + period, Protos.SHOP_B_KEY));
        assertEquals(1, b.get("total").get("inquiringBuyers").asLong());
        assertEquals("carol", b.get("rows").get(0).get("agentId").asText());
        String csv = new String(get(base, "dashboard/api/conversations.csv?shop=shop-b" + period, Protos.SHOP_B_KEY)
                .body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("dash-c5"));
        assertFalse(csv.contains("dash-c1"), csv);
    }

    @Test
    void badInputNamesTheField() {
        HttpResponse<byte[]> bad = get(base, "dashboard/api/conversion?shop=shop-a&from=2026-3-2&to=" + TO,
                Protos.SHOP_A_KEY);
        assertEquals(400, bad.statusCode());
        assertEquals("from", json(bad).get("field").asText());
        JsonNode reversed = json(get(base, "dashboard/api/conversion?shop=shop-a&from=" + TO + "&to=" + FROM,
                Protos.SHOP_A_KEY));
        assertEquals("period.end", reversed.get("field").asText());
        assertEquals("groupBy", json(get(base, "dashboard/api/conversion?shop=shop-a&groupBy=hour" + PERIOD,
                Protos.SHOP_A_KEY)).get("field").asText());
    }

    /** The HTTP report carries the very figures of the gRPC report: one implementation behind both. */
    @Test
    void theReportIsTheGrpcReport() {
        ConversionReport grpc = ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(
                GetConversionReportRequest.newBuilder().setShopId("shop-a").setPeriod(Protos.period(FROM, TO))
                        .addGroupBy(ReportGrouping.REPORT_GROUPING_DAY).build()).getReport();
        JsonNode http = json(get(base, "dashboard/api/conversion?shop=shop-a&groupBy=day" + PERIOD, Protos.SHOP_A_KEY));
        assertEquals("Asia/Shanghai", http.get("timeZone").asText());
        assertEquals(grpc.getRowsCount(), http.get("rows").size());
        for (int i = 0; i < grpc.getRowsCount(); i++) {
            var g = grpc.getRows(i).getFigures();
            JsonNode h = http.get("rows").get(i).get("figures");
            assertEquals(List.of(g.getInquiringBuyers(), g.getOrderingBuyers(), g.getPayingBuyers(),
                    g.getCsSales().getAmountMinor()),
                    List.of(h.get("inquiringBuyers").asLong(), h.get("orderingBuyers").asLong(),
                            h.get("payingBuyers").asLong(), h.get("csSalesMinor").asLong()));
            assertEquals(g.getConsultationConversion(), h.get("consultationConversion").asDouble());
        }
        JsonNode day1 = http.get("rows").get(0);
        assertEquals(FROM, day1.get("day").asText());
        assertEquals(List.of(2L, 1L, 1L), List.of(day1.get("figures").get("inquiringBuyers").asLong(),
                day1.get("figures").get("orderingBuyers").asLong(), day1.get("figures").get("payingBuyers").asLong()));
    }

    /** The panels beyond conversion come from the lost-inquiry and question-share reports. */
    @Test
    void lostReasonsAndQuestionShares() {
        JsonNode lost = json(get(base, "dashboard/api/lost?shop=shop-a" + PERIOD, Protos.SHOP_A_KEY));
        assertEquals(3, lost.get("inquiringBuyers").asLong());
        assertEquals(1, lost.get("lostInquiries").asLong());
        assertEquals("[{\"key\":\"OUT_OF_STOCK\",\"lostInquiries\":1}]", lost.get("reasons").toString());
        assertEquals("[{\"key\":\"PRODUCT\",\"lostInquiries\":1}]", lost.get("teams").toString());
        assertEquals("alice", lost.get("responders").get(0).get("agentId").asText());

        JsonNode questions = json(get(base, "dashboard/api/questions?shop=shop-a" + PERIOD, Protos.SHOP_A_KEY));
        JsonNode stock = questions.get("categories").get(0);
        assertEquals("STOCK", stock.get("category").asText());
        assertEquals(2, stock.get("inquiries").asLong());
        assertEquals(3, questions.get("categories").size());
        assertEquals(403, get(base, "dashboard/api/lost?shop=shop-a" + PERIOD, Protos.SHOP_B_KEY).statusCode());
    }

    /**
     * The human turns of the period: alice's 113 s and 60.5 s, bob's 300 s (60 s in business hours); the bot's
     * 5 s turn is left out, c2's last turn went unanswered. The bins hold exactly the gRPC report's buckets.
     */
    @Test
    void responseTimesAreTheReportsHumanTurnsBinned() {
        JsonNode http = json(get(base, "dashboard/api/response-times?shop=shop-a" + PERIOD, Protos.SHOP_A_KEY));
        JsonNode calendar = http.get("calendar");
        JsonNode business = http.get("business");
        assertEquals(List.of(0L, 0L, 0L, 0L, 2L, 0L, 1L, 0L, 0L), figuresOf(calendar.get("bins"), "count"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 3L, 0L, 0L, 0L, 0L), figuresOf(business.get("bins"), "count"));
        // Medians and p90 at bucket precision: the upper edge of the rank's bucket, capped at the longest wait.
        assertEquals(List.of(3L, 157_833L, 120_000L, 300_000L), List.of(calendar.get("count").asLong(),
                calendar.get("averageMillis").asLong(), calendar.get("medianMillis").asLong(),
                calendar.get("p90Millis").asLong()));
        assertEquals(List.of(3L, 77_833L, 70_000L, 113_000L), List.of(business.get("count").asLong(),
                business.get("averageMillis").asLong(), business.get("medianMillis").asLong(),
                business.get("p90Millis").asLong()));
        assertEquals(0.0, calendar.get("shareWithinSixSeconds").asDouble());
        assertEquals("{\"fromMillis\":1800000,\"toMillis\":null,\"count\":0}", calendar.get("bins").get(8).toString());

        ConversionReport grpc = ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(
                GetConversionReportRequest.newBuilder().setShopId("shop-a").setPeriod(Protos.period(FROM, TO))
                        .addGroupBy(ReportGrouping.REPORT_GROUPING_AGENT).setRowDistributions(true).build()).getReport();
        List<ConversionRow> humans = grpc.getRowsList().stream().filter(r -> !r.getBot()).toList();
        assertEquals(List.of("alice", "bob"), humans.stream().map(ConversionRow::getAgentId).toList());
        assertBinsHold(humans.stream().map(r -> r.getFigures().getResponseTimes().getTurn()).toList(), calendar);
        assertBinsHold(humans.stream().map(r -> r.getFigures().getResponseTimes().getTurnBusiness()).toList(),
                business);
        var shop = grpc.getTotal().getResponseTimes();
        // =cmd's after-sale chat carries no first response: 3 of the 4 buyers who messaged count as replied.
        assertEquals(List.of(1L, 4L, 3L), List.of(shop.getUnansweredTurns(), shop.getMessagedBuyers(),
                shop.getRepliedBuyers()));
        assertEquals(List.of(shop.getUnansweredTurns(), shop.getMessagedBuyers(), shop.getRepliedBuyers()),
                List.of(http.get("unansweredTurns").asLong(), http.get("messagedBuyers").asLong(),
                        http.get("repliedBuyers").asLong()));
        assertEquals(shop.getReplyRate(), http.get("replyRate").asDouble());

        // shop-b's key sees shop-b's one conversation, which has no turns: none of shop-a's.
        JsonNode b = json(get(base, "dashboard/api/response-times?shop=shop-b&from=2026-03-01&to=" + TO,
                Protos.SHOP_B_KEY));
        assertEquals(List.of(0L, 1L), List.of(b.get("calendar").get("count").asLong(), b.get("messagedBuyers").asLong()));
    }

    /** Each bin's count is the sum of the agents' gRPC histogram buckets within its edges; all sum to the count. */
    private static void assertBinsHold(List<WaitFigures> agents, JsonNode waits) {
        long count = 0;
        for (JsonNode bin : waits.get("bins")) {
            long from = bin.get("fromMillis").asLong();
            long to = bin.get("toMillis").isNull() ? Long.MAX_VALUE : bin.get("toMillis").asLong();
            long inBin = 0;
            for (WaitFigures agent : agents) {
                for (WaitBucket bucket : agent.getDistributionList()) {
                    long bucketFrom = bucket.getFrom().getSeconds() * 1000;
                    inBin += bucketFrom >= from && bucketFrom < to ? bucket.getCount() : 0;
                }
            }
            assertEquals(inBin, bin.get("count").asLong(), bin::toString);
            count += inBin;
        }
        assertEquals(agents.stream().mapToLong(WaitFigures::getCount).sum(), count);
        assertEquals(count, waits.get("count").asLong());
    }

    /**
     * The agent table's pay is GetAgentPerformance's: on DOMAIN.md's tiers alice converts 1 of 2 (50%: 300), bob
     * 1 of 1 (500), the bot earns none; shop-b's own tiers deduct 50 from carol, who converted none.
     */
    @Test
    void agentPayIsGetAgentPerformances() {
        JsonNode http = json(get(base, "dashboard/api/agents?shop=shop-a" + PERIOD, Protos.SHOP_A_KEY));
        List<AgentPerformance> grpc = ApiKeys.withKey(performance, Protos.SHOP_A_KEY).getAgentPerformance(
                GetAgentPerformanceRequest.newBuilder().setShopId("shop-a").setPeriod(Protos.period(FROM, TO)).build())
                .getAgentsList();
        assertEquals(List.of("", "alice", "bob"), texts(http.get("agents"), "agentId"));
        assertEquals(grpc.size(), http.get("agents").size());
        for (int i = 0; i < grpc.size(); i++) {
            AgentPerformance g = grpc.get(i);
            JsonNode h = http.get("agents").get(i);
            assertEquals(g.getAgentId(), h.get("agentId").asText());
            assertEquals(g.getBot(), h.get("bot").asBoolean());
            assertEquals(g.getFigures().getInquiringBuyers(), h.get("figures").get("inquiringBuyers").asLong());
            assertEquals(g.getFigures().getOrderingBuyers(), h.get("figures").get("orderingBuyers").asLong());
            assertEquals(g.hasBonusTier(), !h.get("tier").isNull());
            if (g.hasBonusTier()) {
                assertEquals(g.getBonusTier().getMinConsultationConversion(),
                        h.get("tier").get("minConsultationConversion").asDouble());
                assertEquals(g.getBonus().getAmountMinor(), h.get("tier").get("amountMinor").asLong());
            }
        }
        assertEquals("{\"minConsultationConversion\":0.5,\"amountMinor\":30000}",
                http.get("agents").get(1).get("tier").toString());
        assertEquals(50_000, http.get("agents").get(2).get("tier").get("amountMinor").asLong());
        assertEquals(List.of(50_000L, 40_000L, 30_000L, -20_000L), figuresOf(http.get("tiers"), "amountMinor"));

        JsonNode b = json(get(base, "dashboard/api/agents?shop=shop-b&from=2026-03-01&to=" + TO, Protos.SHOP_B_KEY));
        assertEquals(List.of("carol"), texts(b.get("agents"), "agentId"));
        assertEquals("{\"minConsultationConversion\":0.0,\"amountMinor\":-5000}",
                b.get("agents").get(0).get("tier").toString());
        assertEquals(List.of(100_000L, -5_000L), figuresOf(b.get("tiers"), "amountMinor"));
    }

    @Test
    void theExportHasOneMaskedRowPerConversation() {
        HttpResponse<byte[]> response = get(base, "dashboard/api/conversations.csv?shop=shop-a" + PERIOD,
                Protos.SHOP_A_KEY);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("text/csv"));
        assertTrue(response.headers().firstValue("content-disposition").orElseThrow().contains("attachment"));
        byte[] body = response.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM");
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(List.of(
                "conversation_id,buyer,day,agents,bot_replied,main_category,inquiry,ordered,paid,"
                        + "human_first_response_s,mean_agent_turn_response_s,lost_reason,team,buyer_quote",
                "dash-c1,小***物,2026-03-02,alice,true,PRICE,true,true,true,115,113,,,",
                "dash-c2,13*******00,2026-03-02,alice,false,STOCK,true,false,false,60.5,60.5,OUT_OF_STOCK,PRODUCT,"
                        + "没货了吗 有货打我电话139****5678",
                "dash-c3,\"b****\"\"\",2026-03-03,bob,false,SIZE_FIT,true,true,false,300,300,,,",
                "dash-c4,'=**d,2026-03-03,alice,false,LOGISTICS,false,,,,,,,"), lines);
    }
}
