package io.zhuanhua.chat.grpc;

import static io.zhuanhua.chat.grpc.ChatEvents.agent;
import static io.zhuanhua.chat.grpc.ChatEvents.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc.ChatIngestServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;

/** /q/metrics in Prometheus format: ingest outcomes, classification by category, the outbox backlog. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MetricsEndpointTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    @GrpcClient("chat")
    ChatIngestServiceBlockingStub ingest;
    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void ingestIsCountedByOutcomeAndCategory() throws Exception {
        String before = scrape();
        IngestEventsRequest request = IngestEventsRequest.newBuilder().setShopId("shop-a")
                .addEvents(buyer("m-1", "metrics-buyer", T0, "包邮吗"))
                .addEvents(agent("m-2", "metrics-buyer", T0.plusSeconds(5), "xiaowang", "亲，包邮的"))
                .addEvents(buyer("m-3", "metrics-buyer", T0.plusSeconds(20), "能便宜点吗")).build();
        ChatIngestServiceBlockingStub shopA = ApiKeys.withKey(ingest, "test-key-shop-a");
        shopA.ingestEvents(request);
        shopA.ingestEvents(request);
        String after = scrape();

        assertEquals(3, value(after, "zhuanhua_ingest_events_total\\{outcome=\"stored\",service=\"chat-service\"\\}")
                - value(before, "zhuanhua_ingest_events_total\\{outcome=\"stored\",service=\"chat-service\"\\}"));
        assertEquals(3, value(after, "zhuanhua_ingest_events_total\\{outcome=\"duplicate\",service=\"chat-service\"\\}")
                - value(before, "zhuanhua_ingest_events_total\\{outcome=\"duplicate\",service=\"chat-service\"\\}"));
        assertEquals(1, value(after, "zhuanhua_classified_messages_total\\{category=\"SHIPPING_FEE\"\\}")
                - value(before, "zhuanhua_classified_messages_total\\{category=\"SHIPPING_FEE\"\\}"));
        assertEquals(1, value(after, "zhuanhua_classified_messages_total\\{category=\"BARGAIN\"\\}")
                - value(before, "zhuanhua_classified_messages_total\\{category=\"BARGAIN\"\\}"));
        // The relay is off in tests, so the conversation's facts wait in the outbox.
        assertTrue(value(after, "zhuanhua_outbox_backlog") >= 1, after);
        assertTrue(value(after, "zhuanhua_outbox_lag_seconds") >= 0, after);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(metrics).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The sample's value, 0 when the series does not exist yet. */
    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
