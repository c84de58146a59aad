package io.zhuanhua.chat.health;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.grpc.StatusRuntimeException;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import grpc.health.v1.HealthGrpc.HealthBlockingStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhuanhua.chat.feed.ConsultationOutbox;
import io.zhuanhua.chat.ingest.ShapingConfig;
import io.zhuanhua.chat.store.ShapingStore;

/**
 * Reports whether metrics-service is reachable, how many facts wait in the outbox, and how far conversation
 * shaping lags behind ingest (events not yet in a conversation, and how long the oldest has waited). It stays UP when
 * metrics-service is down on purpose: the outbox exists so that ingest goes on through such an outage, and a
 * DOWN here would make Kubernetes stop sending chats to every replica at once.
 */
@Readiness
@ApplicationScoped
public class ConsultationFeedHealth implements HealthCheck {
    private final HealthBlockingStub metrics;
    private final ConsultationOutbox outbox;
    private final ShapingStore shaping;
    private final ShapingConfig shapingConfig;

    public ConsultationFeedHealth(@GrpcClient("metrics") HealthBlockingStub metrics, ConsultationOutbox outbox,
            ShapingStore shaping, ShapingConfig shapingConfig) {
        this.metrics = metrics;
        this.outbox = outbox;
        this.shaping = shaping;
        this.shapingConfig = shapingConfig;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Consultation feed to metrics-service").up();
        response.withData("metrics-service", reachable() ? "reachable" : "unreachable");
        response.withData("outbox-pending", QuarkusTransaction.requiringNew().call(outbox::pending));
        ShapingStore.Backlog backlog = QuarkusTransaction.requiringNew().call(shaping::backlog);
        response.withData("shaping", shapingConfig.enabled() ? "on" : "off (other replicas shape)");
        response.withData("shaping-pending-events", backlog.events());
        response.withData("shaping-lag-ms", backlog.oldest().toMillis());
        return response.build();
    }

    private boolean reachable() {
        try {
            return metrics.withDeadlineAfter(1, TimeUnit.SECONDS).check(HealthCheckRequest.getDefaultInstance())
                    .getStatus() == ServingStatus.SERVING;
        } catch (StatusRuntimeException e) {
            return false;
        }
    }
}
