package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * What operators see of a chat that becomes numbers: one trace from chat-service's ingest through the outbox
 * relay into metrics-service, and the named metrics on each service's /q/metrics.
 */
@ExtendWith(SuiteExtension.class)
class ObservabilityIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    private static final String INGEST = "zhuanhua.chat.v1.ChatIngestService/IngestEvents";
    private static final String PUBLISH = "zhuanhua.metrics.v1.ConsultationFeedService/PublishConsultations";

    @Test
    void oneTraceFollowsAChatIntoMetricsAndTheMetricsShowIt(Suite suite, TraceCollector traces) throws Exception {
        Set<String> before = traceIds(traces, "chat-service", INGEST);
        ShopClient shop = suite.shop(TestShops.OBSERVED, TestShops.INTEGRATION_KEY);
        ShopEvents story = new ShopEvents();
        story.buyer("obs-1", DAY + "T09:30", "包邮吗 能便宜点吗");
        story.agent("obs-1", "xiaomei", DAY + "T09:30:20", "亲 包邮的");
        story.ordered("obs-order-1", "obs-1", DAY + "T10:00", 5900);
        story.paid("obs-order-1", DAY + "T10:01");
        shop.send(story);
        shop.awaitReport(shop.reportRequest(DAY, DAY.plusDays(1), ReportGrouping.REPORT_GROUPING_DAY),
                Expect.CONVERGENCE, report -> Expect.conversion("total", report.getTotal(), 1, 1, 1));

        // The ingest's trace reaches metrics-service through the outbox relay.
        Instant deadline = Instant.now().plus(Expect.CONVERGENCE);
        Set<String> ours;
        boolean followed;
        do {
            ours = traceIds(traces, "chat-service", INGEST);
            ours.removeAll(before);
            Set<String> inMetrics = traceIds(traces, "metrics-service", PUBLISH);
            followed = ours.stream().anyMatch(inMetrics::contains);
            if (!followed) {
                ServiceProcess.sleep(Duration.ofMillis(200));
            }
        } while (!followed && Instant.now().isBefore(deadline));
        assertTrue(followed, "no trace of " + ours + " in metrics-service; received: " + traces.spans());

        String chat = scrape(suite, Service.CHAT);
        assertPositive(chat, "zhuanhua_ingest_events_total\\{outcome=\"stored\",service=\"chat-service\"\\}");
        assertPositive(chat, "zhuanhua_classified_messages_total\\{category=\"SHIPPING_FEE\"\\}");
        assertPresent(chat, "zhuanhua_outbox_backlog");
        assertPresent(chat, "zhuanhua_outbox_lag_seconds");
        String metrics = scrape(suite, Service.METRICS);
        assertPositive(metrics, "zhuanhua_ingest_events_total\\{outcome=\"stored\",service=\"metrics-service\"\\}");
        assertPositive(metrics, "zhuanhua_report_latency_seconds_count");
    }

    private static Set<String> traceIds(TraceCollector traces, String service, String span) {
        return traces.spans().stream().filter(s -> s.service().equals(service) && s.name().equals(span))
                .map(TraceCollector.ReceivedSpan::traceId).collect(Collectors.toSet());
    }

    private static String scrape(Suite suite, Service service) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + suite.port(service) + "/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, service + " /q/metrics: " + response.statusCode());
        return response.body();
    }

    private static void assertPositive(String scrape, String series) {
        // With tracing on, a sample may end with an exemplar ("# {trace_id=...}") after its value.
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)").matcher(scrape);
        assertTrue(m.find() && Double.parseDouble(m.group(1)) > 0, series + " not above 0 in:\n" + scrape);
    }

    private static void assertPresent(String scrape, String series) {
        assertTrue(Pattern.compile("(?m)^" + series + " \\S+").matcher(scrape).find(), series + " missing in:\n" + scrape);
    }
}
