package io.zhuanhua.chat.grpc;

import static io.zhuanhua.chat.grpc.ChatEvents.buyer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.testing.LogCapture;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc.ChatIngestServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;

/**
 * Chats carry phone numbers and addresses, and a failing insert makes PostgreSQL quote the whole row: whatever
 * the services log on the way must hold neither, nor any API key.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LogPrivacyTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private static final String PHONE = "13912345678";
    private static final String ADDRESS = "上海市浦东新区世纪大道100号";
    private static final String UNKNOWN_KEY = "wrong-key-7f3a9c";

    @GrpcClient("chat")
    ChatIngestServiceBlockingStub ingest;
    @Inject
    EntityManager em;

    @Test
    void failingInsertOfAMessageWithPersonalDataLogsNeitherTheDataNorTheKey() {
        // A constraint the row breaks, so the insert fails inside PostgreSQL with "Failing row contains (...)".
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ALTER TABLE chat_message ADD CONSTRAINT"
                + " privacy_probe CHECK (body NOT LIKE '%世纪大道%') NOT VALID").executeUpdate());
        String all;
        try (LogCapture logs = LogCapture.all()) {
            ChatIngestServiceBlockingStub shopA = ApiKeys.withKey(ingest, "test-key-shop-a");
            shopA.ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                    .addEvents(buyer("pii-1", "pii-buyer", T0, "我的电话" + PHONE + "，能发顺丰吗")).build());
            StatusRuntimeException failed = assertThrows(StatusRuntimeException.class, () -> shopA.ingestEvents(
                    IngestEventsRequest.newBuilder().setShopId("shop-a")
                            .addEvents(buyer("pii-2", "pii-buyer", T0.plusSeconds(30), "寄到" + ADDRESS + " 电话" + PHONE))
                            .build()));
            assertEquals(Status.Code.INTERNAL, failed.getStatus().getCode());
            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> ApiKeys
                    .withKey(ingest, UNKNOWN_KEY).ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                            .addEvents(buyer("pii-3", "pii-buyer", T0, PHONE)).build()));
            assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode());
            all = logs.text();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("ALTER TABLE chat_message DROP CONSTRAINT privacy_probe").executeUpdate());
        }

        // The failure was logged, with what a developer needs: which constraint.
        assertTrue(all.contains("request failed") && all.contains("privacy_probe"), all);
        assertFalse(all.contains(PHONE), all);
        assertFalse(all.contains("世纪大道"), all);
        assertFalse(all.contains("test-key-shop-a"), all);
        assertFalse(all.contains(UNKNOWN_KEY), all);
    }
}
