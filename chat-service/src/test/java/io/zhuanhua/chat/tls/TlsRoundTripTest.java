package io.zhuanhua.chat.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

import com.google.protobuf.Timestamp;

import grpc.health.v1.HealthGrpc.HealthBlockingStub;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.MessagePosted;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;

/** gRPC over TLS: a client trusting the certificate ingests; a plaintext client gets nowhere. */
@QuarkusTest
@TestProfile(TlsProfile.class)
class TlsRoundTripTest {
    @GrpcClient("metrics")
    HealthBlockingStub metrics;

    @Test
    void ingestOverTls() throws Exception {
        ManagedChannel channel = NettyChannelBuilder.forAddress("localhost", SelfSignedTls.port)
                .sslContext(GrpcSslContexts.forClient().trustManager(trust()).build()).build();
        try {
            var response = ApiKeys.withKey(ChatIngestServiceGrpc.newBlockingStub(channel), "test-key-shop-a")
                    .withDeadlineAfter(20, TimeUnit.SECONDS)
                    .ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a").addEvents(event()).build());
            assertEquals(EventOutcome.EVENT_OUTCOME_STORED, response.getOutcomes(0));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void plaintextIsRefused() throws Exception {
        ManagedChannel channel = NettyChannelBuilder.forAddress("localhost", SelfSignedTls.port).usePlaintext().build();
        try {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                    () -> ApiKeys.withKey(ChatIngestServiceGrpc.newBlockingStub(channel), "test-key-shop-a")
                            .withDeadlineAfter(10, TimeUnit.SECONDS)
                            .ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a").addEvents(event()).build()));
            assertTrue(e.getStatus().getCode() == Status.Code.UNAVAILABLE
                    || e.getStatus().getCode() == Status.Code.INTERNAL, e.getStatus().toString());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /**
     * The service's own metrics-service client, configured with the trust store only, reaches a TLS server (this
     * one: its standard health service answers).
     */
    @Test
    void configuredClientReachesTheServerOverTls() {
        assertEquals(ServingStatus.SERVING, metrics.withDeadlineAfter(20, TimeUnit.SECONDS)
                .check(HealthCheckRequest.getDefaultInstance()).getStatus());
    }

    private static X509Certificate certificate() throws Exception {
        try (InputStream in = Files.newInputStream(SelfSignedTls.dir.resolve("server.crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static TrustManagerFactory trust() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("zhuanhua", certificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }

    private static ChatEvent event() {
        Instant at = Instant.parse("2026-11-24T03:00:00Z");
        return ChatEvent.newBuilder().setEventId("tls-1").setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId("tls-buyer")
                .setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()))
                .setMessagePosted(MessagePosted.newBuilder().setSenderRole(Role.ROLE_BUYER).setText("在吗")).build();
    }
}
