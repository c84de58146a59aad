package io.zhuanhua.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.google.protobuf.TextFormat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsResponse;
import io.zhuanhua.proto.common.v1.Date;
import io.zhuanhua.proto.common.v1.DateRange;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/** What a platform integration of one shop does with the suite, through one API key. */
public final class ShopClient {
    /** The batch RPCs take at most this many events. */
    private static final int MAX_BATCH = 1000;
    private static final Duration STREAM_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final Suite suite;
    private final String shopId;
    private final String apiKey;

    ShopClient(Suite suite, String shopId, String apiKey) {
        this.suite = suite;
        this.shopId = shopId;
        this.apiKey = apiKey;
    }

    public String shopId() {
        return shopId;
    }

    /** Sends the story's chat events, then its order events, in batches. */
    public void send(ShopEvents events) {
        ingestChats(events.chatEvents());
        ingestOrders(events.orderEvents());
    }

    /** ChatIngestService.IngestEvents in batches; the outcome of every event, in order. */
    public List<EventOutcome> ingestChats(List<ChatEvent> events) {
        List<EventOutcome> outcomes = new ArrayList<>();
        for (List<ChatEvent> batch : batches(events)) {
            outcomes.addAll(suite.chatIngest(apiKey).ingestEvents(IngestEventsRequest.newBuilder()
                    .setShopId(shopId).addAllEvents(batch).build()).getOutcomesList());
        }
        return outcomes;
    }

    /** ChatIngestService.StreamEvents: all events on one stream; the acknowledgements, in order. */
    public List<StreamEventsResponse> streamChats(List<ChatEvent> events) {
        CompletableFuture<List<StreamEventsResponse>> done = new CompletableFuture<>();
        List<StreamEventsResponse> acks = Collections.synchronizedList(new ArrayList<>());
        StreamObserver<StreamEventsRequest> requests = suite.chatIngestStreaming(apiKey)
                .streamEvents(new StreamObserver<>() {
                    @Override
                    public void onNext(StreamEventsResponse ack) {
                        acks.add(ack);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }

                    @Override
                    public void onCompleted() {
                        done.complete(acks);
                    }
                });
        events.forEach(event -> requests.onNext(
                StreamEventsRequest.newBuilder().setShopId(shopId).setEvent(event).build()));
        requests.onCompleted();
        try {
            return done.get(STREAM_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StatusRuntimeException status) {
                throw status;
            }
            throw new IllegalStateException("chat event stream failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("chat event stream not completed after " + STREAM_TIMEOUT.toSeconds()
                    + " s; acknowledged " + acks.size() + " of " + events.size(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** OrderIngestService.IngestOrderEvents in batches; the outcome of every event, in order. */
    public List<EventOutcome> ingestOrders(List<OrderEvent> events) {
        List<EventOutcome> outcomes = new ArrayList<>();
        for (List<OrderEvent> batch : batches(events)) {
            outcomes.addAll(suite.orderIngest(apiKey).ingestOrderEvents(IngestOrderEventsRequest.newBuilder()
                    .setShopId(shopId).addAllEvents(batch).build()).getOutcomesList());
        }
        return outcomes;
    }

    /** The conversion report request of this shop over shop-local days from..to (inclusive). */
    public GetConversionReportRequest reportRequest(LocalDate from, LocalDate to, ReportGrouping... groupBy) {
        return GetConversionReportRequest.newBuilder()
                .setShopId(shopId)
                .setPeriod(DateRange.newBuilder().setStart(date(from)).setEnd(date(to)))
                .addAllGroupBy(List.of(groupBy))
                .build();
    }

    public ConversionReport report(GetConversionReportRequest request) {
        return suite.reports(apiKey).getConversionReport(request).getReport();
    }

    /**
     * Polls the report until the check passes (facts reach metrics-service asynchronously through
     * chat-service's outbox); the check throws AssertionError while the report is not as expected. On
     * timeout, fails with the last failure and the last report.
     */
    public ConversionReport awaitReport(GetConversionReportRequest request, Duration timeout,
            Consumer<ConversionReport> check) {
        Instant deadline = Instant.now().plus(timeout);
        ConversionReport last = null;
        Throwable lastFailure;
        do {
            try {
                last = report(request);
                check.accept(last);
                return last;
            } catch (AssertionError notYet) {
                lastFailure = notYet;
            } catch (StatusRuntimeException e) {
                // A service that was just restarted may refuse a moment longer; anything else is a failure.
                if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
                    throw e;
                }
                lastFailure = e;
            }
            ServiceProcess.sleep(POLL_INTERVAL);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("report of " + shopId + " not as expected after "
                + timeout.toSeconds() + " s: " + lastFailure.getMessage() + "\nlast report:\n"
                + (last == null ? "(none)" : TextFormat.printer().escapingNonAscii(false).printToString(last)),
                lastFailure);
    }

    static Date date(LocalDate day) {
        return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth())
                .build();
    }

    private static <T> List<List<T>> batches(List<T> events) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); from += MAX_BATCH) {
            batches.add(events.subList(from, Math.min(events.size(), from + MAX_BATCH)));
        }
        return batches;
    }
}
