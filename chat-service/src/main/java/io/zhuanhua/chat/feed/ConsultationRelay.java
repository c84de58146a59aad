package io.zhuanhua.chat.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.google.protobuf.InvalidProtocolBufferException;

import io.grpc.StatusRuntimeException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.trace.TraceParent;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;

/**
 * Delivers outbox rows to metrics-service. A batch is deleted only in the transaction that saw metrics-service
 * accept it, so an outage delays facts but never loses them; a crash between the two replays a batch, which
 * metrics-service ignores by version. Rows are claimed with SKIP LOCKED, so several replicas can relay at once.
 */
@ApplicationScoped
public class ConsultationRelay {
    private static final Logger LOG = Logger.getLogger(ConsultationRelay.class);

    private final ConsultationOutbox outbox;
    private final ChatConfig config;
    private final ConsultationFeedServiceBlockingStub metrics;
    private final Tracer tracer;
    private volatile boolean failing;

    public ConsultationRelay(ConsultationOutbox outbox, ChatConfig config,
            @GrpcClient("metrics") ConsultationFeedServiceBlockingStub metrics, Tracer tracer) {
        this.outbox = outbox;
        this.config = config;
        this.tracer = tracer;
        this.metrics = config.metricsApiKey().map(key -> ApiKeys.withKey(metrics, key)).orElse(metrics);
    }

    @Scheduled(every = "${zhuanhua.chat.feed.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = FeedDisabled.class)
    void relay() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::relayBatch) == config.feed().batchSize()) {
                // a full batch: more may be waiting
            }
            if (failing) {
                LOG.info("metrics-service accepts consultation facts again");
                failing = false;
            }
        } catch (StatusRuntimeException e) {
            if (!failing) {
                LOG.warnf("metrics-service unavailable (%s); consultation facts wait in the outbox", e.getStatus().getCode());
                failing = true;
            }
        }
    }

    /** Sends one batch; returns how many rows it relayed. */
    int relayBatch() throws InvalidProtocolBufferException {
        List<Object[]> rows = outbox.claim(config.feed().batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        // Only the newest snapshot of a conversation matters; older ones in the batch are dropped with it.
        Map<String, Consultation> newest = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(rows.size());
        SpanBuilder relay = tracer.spanBuilder("relay consultations").setNoParent();
        boolean parented = false;
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            Consultation c = Consultation.parseFrom((byte[]) row[1]);
            newest.merge(c.getConversationId(), c, (a, b) -> b.getVersion() > a.getVersion() ? b : a);
            // The batch continues the trace of its first traced ingest and links the others.
            SpanContext ingest = TraceParent.of((String) row[2]);
            if (ingest.isValid() && !parented) {
                relay.setParent(Context.root().with(Span.wrap(ingest)));
                parented = true;
            } else if (ingest.isValid()) {
                relay.addLink(ingest);
            }
        }
        Span span = relay.startSpan();
        try (Scope scope = span.makeCurrent()) {
            metrics.withDeadlineAfter(10, TimeUnit.SECONDS).publishConsultations(
                    PublishConsultationsRequest.newBuilder().addAllConsultations(newest.values()).build());
        } finally {
            span.end();
        }
        outbox.delete(ids);
        return rows.size();
    }
}
