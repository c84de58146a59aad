package io.zhuanhua.chat.grpc;

import static io.zhuanhua.chat.grpc.ChatEvents.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zhuanhua.chat.health.ConsultationFeedHealth;
import io.zhuanhua.chat.ingest.ConversationShaper;
import io.zhuanhua.chat.store.ShapingStore;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc.ChatIngestServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;

/**
 * An ingest-only replica (shaping off) stores and acks, stays ready, and leaves its events to the shaper of
 * any other replica.
 */
@QuarkusTest
@TestProfile(ShapingOffTest.IngestOnly.class)
class ShapingOffTest {
    public static class IngestOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A sweep this short would have shaped the events many times over during the test, were shaping on.
            return Map.of("zhuanhua.chat.shaper.enabled", "false", "zhuanhua.chat.shaper.sweep-interval", "50ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class));
        }
    }

    @GrpcClient("chat")
    ChatIngestServiceBlockingStub ingest;
    @Inject
    ShapingStore shaping;
    @Inject
    ConversationShaper shaper;
    @Inject
    @Readiness
    ConsultationFeedHealth health;

    @Test
    void eventsWaitForAnotherReplicasShaper() throws InterruptedException {
        Instant at = Instant.parse("2026-11-24T02:00:00Z");
        ApiKeys.withKey(ingest, "test-key-shop-a").ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                .addEvents(buyer("off-1", "off-buyer", at, "在吗")).addEvents(buyer("off-2", "off-buyer",
                        at.plusSeconds(5), "这款有货吗")).build());
        Thread.sleep(500);
        assertEquals(2, QuarkusTransaction.requiringNew().call(shaping::backlog).events());
        HealthCheckResponse readiness = health.call();
        assertEquals(HealthCheckResponse.Status.UP, readiness.getStatus());
        assertEquals("off (other replicas shape)", readiness.getData().orElseThrow().get("shaping"));

        // What the shaper of a replica with shaping on does with them.
        assertTrue(shaper.shapeBatch(10) > 0);
        assertEquals(0, QuarkusTransaction.requiringNew().call(shaping::backlog).events());
    }
}
