package io.zhuanhua.metrics.dashboard;

import static io.zhuanhua.metrics.dashboard.DashboardScenario.FROM;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.TO;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.figuresOf;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.get;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.json;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.longs;
import static io.zhuanhua.metrics.dashboard.DashboardScenario.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.metrics.grpc.Protos;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;

/**
 * The dashboard page in a real headless Chromium: logs in with shop-a's key, lets the page fetch and draw,
 * then reads back what ECharts rendered (each chart's option) and the agent table, and checks them against
 * the figures the API returns. Skipped, saying why, only where no Chromium is installed (CI installs it).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DashboardPageTest {
    private static final Duration DRAWN = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI base;
    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub orders;

    @Test
    void theChartsShowTheNumbersTheApiReturns() throws Exception {
        Optional<Path> executable = Chromium.executable();
        assumeTrue(executable.isPresent(), "no Chromium at " + Chromium.DEFAULT
                + " (apt-get install chromium, or set CHROMIUM): the dashboard page test is skipped");
        DashboardScenario.load(feed, orders);
        String query = "?shop=shop-a&from=" + FROM + "&to=" + TO;
        JsonNode byDay = json(get(base, "dashboard/api/conversion" + query + "&groupBy=day", Protos.SHOP_A_KEY));
        JsonNode byAgent = json(get(base, "dashboard/api/agents" + query, Protos.SHOP_A_KEY));
        assertTrue(byDay.get("total").get("payingBuyers").asLong() > 0, "the scenario has paying buyers");

        try (Chromium chromium = Chromium.launch(executable.get())) {
            chromium.navigate(base.resolve("dashboard/" + query).toString());
            chromium.waitFor("document.readyState === 'complete' && document.body.dataset.state", DRAWN, "login");
            chromium.evaluate("document.getElementById('api-key').value = '" + Protos.SHOP_A_KEY + "';"
                    + "document.getElementById('login-form').requestSubmit(); true");
            assertEquals("ready", chromium.waitFor("document.body.dataset.state", DRAWN, "ready", "error"),
                    () -> "page error: " + chromium.evaluate("document.getElementById('error').textContent"));

            assertEquals("none", chromium.evaluate("getComputedStyle(document.getElementById('login-form')).display")
                    .asText(), "the login card is gone once logged in");

            // The funnel: inquiring, ordering, paying of the period's total.
            JsonNode total = byDay.get("total");
            assertEquals(List.of(total.get("inquiringBuyers").asLong(), total.get("orderingBuyers").asLong(),
                    total.get("payingBuyers").asLong()), longs(rendered(chromium, "funnel",
                            "o.series[0].data.map(d => d.value)")));

            // The trend: one point per day of the API's rows, per series.
            JsonNode rows = byDay.get("rows");
            assertEquals(texts(rows, "day"), texts(rendered(chromium, "trend", "o.xAxis[0].data"), null));
            JsonNode trend = rendered(chromium, "trend", "o.series.map(s => s.data)");
            assertEquals(figures(rows, "inquiringBuyers"), longs(trend.get(0)));
            assertEquals(figures(rows, "orderingBuyers"), longs(trend.get(1)));
            assertEquals(figures(rows, "payingBuyers"), longs(trend.get(2)));
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).get("figures").get("consultationConversion").asDouble(),
                        trend.get(3).get(i).asDouble());
            }
            assertTrue(chromium.evaluate("!!document.querySelector('#trend canvas')").asBoolean(), "drawn on canvas");

            // Lost reasons (largest on top, so the bars run reversed) and question shares.
            JsonNode lost = json(get(base, "dashboard/api/lost" + query, Protos.SHOP_A_KEY));
            List<Long> lostCounts = figuresOf(lost.get("reasons"), "lostInquiries");
            Collections.reverse(lostCounts);
            assertEquals(lostCounts, longs(rendered(chromium, "reasons", "o.series[0].data")));
            JsonNode questions = json(get(base, "dashboard/api/questions" + query, Protos.SHOP_A_KEY));
            assertEquals(texts(questions.get("categories"), "category"),
                    texts(rendered(chromium, "categories", "o.series[0].data.map(d => d.name)"), null));
            assertEquals(figuresOf(questions.get("categories"), "inquiries"),
                    longs(rendered(chromium, "categories", "o.series[0].data.map(d => d.value)")));
            assertTrue(lostCounts.size() > 0 && questions.get("categories").size() > 0, "the scenario has both");

            // Human response times: the server's bins per series, calendar then business, and the figures beside.
            JsonNode waits = json(get(base, "dashboard/api/response-times" + query, Protos.SHOP_A_KEY));
            assertEquals(List.of("0–6 s", "6–10 s", "10–30 s", "30–60 s", "1–2 min", "2–5 min", "5–10 min",
                    "10–30 min", ">30 min"), texts(rendered(chromium, "responses", "o.xAxis[0].data"), null));
            JsonNode bars = rendered(chromium, "responses", "o.series.map(s => s.data)");
            assertEquals(figuresOf(waits.get("calendar").get("bins"), "count"), longs(bars.get(0)));
            assertEquals(figuresOf(waits.get("business").get("bins"), "count"), longs(bars.get(1)));
            assertEquals(List.of(0L, 0L, 0L, 0L, 2L, 0L, 1L, 0L, 0L), longs(bars.get(0)), "the scenario's turns");
            // Median 120 s and p90 300 s in calendar time; 70 s and 113 s in business time (see DashboardResourceTest).
            assertEquals(json("""
                    [["轮次 turns", "3", "3"], ["平均 mean", "2 min 38 s", "1 min 18 s"],
                     ["中位数 median", "2 min", "1 min 10 s"], ["p90", "5 min", "1 min 53 s"],
                     ["≤6 s 黄金6秒", "0.0%", "0.0%"], ["≤10 s", "0.0%", "0.0%"]]"""), table(chromium, "responses"));
            assertEquals("回复率 75.0% (3 / 4) · 未回复轮次 1",
                    chromium.evaluate("document.querySelector('#responses .rates').textContent").asText());

            // The agent table: a row per agent of the API, bot first, with counts, sales and pay.
            JsonNode table = table(chromium, "agents");
            JsonNode agents = byAgent.get("agents");
            assertEquals(agents.size(), table.size());
            NumberFormat yuan = NumberFormat.getNumberInstance(Locale.ROOT);
            yuan.setMinimumFractionDigits(2);
            for (int i = 0; i < agents.size(); i++) {
                JsonNode agent = agents.get(i);
                JsonNode f = agent.get("figures");
                JsonNode cells = table.get(i);
                assertEquals(agent.get("bot").asBoolean() ? "机器人 bot" : agent.get("agentId").asText(),
                        cells.get(0).asText());
                assertEquals(List.of(f.get("inquiringBuyers").asText(), f.get("orderingBuyers").asText(),
                        f.get("payingBuyers").asText()),
                        List.of(cells.get(1).asText(), cells.get(2).asText(), cells.get(3).asText()));
                assertTrue(cells.get(6).asText().endsWith(yuan.format(f.get("csSalesMinor").asLong() / 100.0)),
                        cells.get(6).asText());
                JsonNode tier = agent.get("tier");
                assertEquals(tier.isNull() ? "—" : String.format(Locale.ROOT, "≥%.1f%%",
                        tier.get("minConsultationConversion").asDouble() * 100), cells.get(8).asText());
                assertTrue(tier.isNull() ? cells.get(9).asText().equals("—")
                        : cells.get(9).asText().endsWith(yuan.format(tier.get("amountMinor").asLong() / 100.0)),
                        cells.get(9).asText());
            }
            // The bot earns no pay; alice reaches 50% (300), bob 100% (the top tier's 500).
            assertEquals(json("""
                    [["机器人 bot", "—", "—"], ["alice", "≥50.0%", "¥300.00"], ["bob", "≥60.0%", "¥500.00"]]"""),
                    chromium.evaluate("[...document.querySelectorAll('#agents tbody tr')]"
                            + ".map(tr => [tr.cells[0], tr.cells[8], tr.cells[9]].map(td => td.textContent))"));

            // Everything the page loaded came from this service: ECharts from its webjar, no CDN.
            JsonNode loaded = chromium.evaluate("performance.getEntriesByType('resource').map(r => r.name)");
            assertTrue(texts(loaded, null).stream().anyMatch(url -> url.contains("/webjars/echarts/")), loaded::toString);
            String origin = base.resolve("/").toString();
            for (JsonNode url : loaded) {
                assertTrue(url.asText().startsWith(origin), url.asText());
            }

            // For a person to look at (target/ is kept by CI): what a manager sees.
            chromium.screenshot(Path.of("target", "dashboard-page.png"));

            // The page holds shop-a's key: shop-b stays closed to it.
            assertEquals(403, chromium.evaluate("fetch('api/conversion?shop=shop-b&from=" + FROM + "&to=" + TO
                    + "', {headers: {'x-api-key': sessionStorage.getItem('zhuanhua.apiKey')}}).then(r => r.status)")
                    .asInt());
        }
    }

    /** The text of each cell of a panel's table body, row by row. */
    private static JsonNode table(Chromium chromium, String panel) {
        return chromium.evaluate("[...document.querySelectorAll('#" + panel + " tbody tr')]"
                + ".map(tr => [...tr.cells].map(td => td.textContent))");
    }

    /** The value of an expression over a panel's ECharts option {@code o}, as the chart holds it. */
    private static JsonNode rendered(Chromium chromium, String panel, String expression) {
        return chromium.evaluate("(o => " + expression + ")(echarts.getInstanceByDom("
                + "document.querySelector('#" + panel + " .chart')).getOption())");
    }

    private static List<Long> figures(JsonNode rows, String field) {
        List<Long> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get("figures").get(field).asLong()));
        return values;
    }
}
