package io.zhuanhua.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HealthTest {
    @TestHTTPResource("/q/health/ready")
    URI ready;

    @Test
    void readyWithDatabaseAndGrpc() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ready).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body().replaceAll("\\s", "");
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
        assertTrue(body.contains("Databaseconnectionshealthcheck") && body.contains("gRPCServer"), body);
    }
}
