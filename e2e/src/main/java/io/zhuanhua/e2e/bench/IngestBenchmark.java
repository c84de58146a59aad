package io.zhuanhua.e2e.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

import com.google.protobuf.Timestamp;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.zhuanhua.e2e.ApiClient;
import io.zhuanhua.e2e.Service;
import io.zhuanhua.e2e.Suite;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.MessagePosted;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsResponse;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;

/**
 * Durable ingest through chat-service's StreamEvents (each ack sent after its commit) against the raw
 * PostgreSQL COPY rate of the same rows into a table shaped like chat_message, measured in the same run on the
 * same server, and how long conversation shaping (after the acks) takes to catch up. Measured twice, on
 * different buyers: with one event per request, and with {@code bench.batch} events per request (a batch
 * answered by one response), as an integration that receives the platform's messages in bursts sends them.
 * The services run with the JVM's production defaults, not the suite's quick-boot options. Run with {@code ZHUANHUA_PG_URL}
 * pointing at a real server for figures worth recording.
 */
public final class IngestBenchmark {
    private static final String SHOP = "bench-shop";
    private static final String KEY = "bench-key";
    private static final String[] BUYER_LINES = { "在吗", "这款包邮吗", "175 140斤穿多大", "今天能发吗", "有优惠券吗",
            "会掉色吗", "发什么快递", "能便宜点吗", "好的 谢谢", "有货吗 什么时候补货" };
    private static final String[] AGENT_LINES = { "亲 在的哦", "亲 包邮的", "建议L码哦", "下午4点前付款当天发",
            "亲 领券立减10元", "不会的亲 放心", "默认中通哦", "已经是活动价啦", "不客气 祝您生活愉快", "有现货的亲" };

    /** Conversations are shaped after the acks; this bounds the wait for them. */
    private static final Duration SHAPING_TIMEOUT = Duration.ofMinutes(10);

    private static final int COPY_TRIES = 3;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int buyers = Integer.getInteger("bench.buyers", 2000);
        int turns = Integer.getInteger("bench.turns", 5);
        int window = Integer.getInteger("bench.window", 400);
        int batch = Integer.getInteger("bench.batch", 100);
        List<ChatEvent> single = events("bench", buyers, turns);
        List<ChatEvent> batched = events("bench-batched", buyers, turns);
        // chat-service and PostgreSQL alone: on a small machine metrics-service, busy with the relayed facts,
        // would take the CPU this measures (the outbox still fills, and the relay keeps retrying). The shop's
        // ingest budget (2000 events/s by default) is switched off: this measures the service, not the budget.
        List<ApiClient> clients = List.of(ApiClient.integration("bench", KEY, SHOP),
                ApiClient.internal("services", "bench-key-internal"));
        try (Suite suite = Suite.startAlone(Service.CHAT, clients, serviceJvm("shared"),
                Map.of("zhuanhua.ingest.limit.enabled", "false"))) {
            int warm = Math.min(1000, single.size() / 4);
            System.out.printf(Locale.ROOT, "%n%d buyers x %d turns of a buyer line and a reply; %d of their events per "
                    + "measurement, window %d events, batches of %d, PostgreSQL %s%n", buyers, turns,
                    single.size() - 2 * warm, window, batch, suite.embeddedPostgres() ? "embedded" : "external");
            stream(suite, single.subList(0, warm), window, 1, "warm-up, one event per request");
            stream(suite, batched.subList(0, warm), window, batch, "warm-up, batched");
            // One event at a time: the ack latency of a live chat, without queueing behind other events.
            Result live = stream(suite, single.subList(warm, 2 * warm), 1, 1, "one by one");
            System.out.printf(Locale.ROOT, "One event in flight: %,.0f events/s, ack latency p50 %.1f ms, p99 %.1f ms%n",
                    live.rate(), live.p50Millis(), live.p99Millis());
            measure(suite, single.subList(2 * warm, single.size()), window, 1, "one event per request", true);
            measure(suite, batched.subList(2 * warm, batched.size()), window, batch, batch + " events per request",
                    true);
        }
        // An ingest replica of a deployment that shapes on other replicas: the same ingest without the shaper on
        // these two cores (nothing here shapes its events; the run above gives the shaping rate).
        try (Suite suite = Suite.startAlone(Service.CHAT, clients, serviceJvm("ingest-only"),
                Map.of("zhuanhua.ingest.limit.enabled", "false", "zhuanhua.chat.shaper.enabled", "false"))) {
            int warm = Math.min(1000, batched.size() / 4);
            System.out.printf(Locale.ROOT, "%nIngest-only replica (zhuanhua.chat.shaper.enabled=false)%n");
            // A fresh JVM: warmed with as many events as the replica above had seen before its batched run.
            stream(suite, single, window, batch, "warm-up, batched");
            Result live = stream(suite, batched.subList(warm, 2 * warm), 1, 1, "one by one");
            System.out.printf(Locale.ROOT, "One event in flight: %,.0f events/s, ack latency p50 %.1f ms, p99 %.1f ms%n",
                    live.rate(), live.p50Millis(), live.p99Millis());
            measure(suite, batched.subList(2 * warm, batched.size()), window, batch, batch + " events per request",
                    false);
        }
    }

    /**
     * The service's JVM options; {@code -Dbench.profile=DIR} adds a flight recording of each replica
     * ({@code DIR/ROLE.jfr}) to see where its CPU goes, with the JFR settings {@code -Dbench.profile.settings}
     * (default {@code profile}: a sample each 10 ms, too few for a short run; a copy with 1 ms serves better).
     */
    private static List<String> serviceJvm(String role) throws IOException {
        String dir = System.getProperty("bench.profile", "");
        if (dir.isBlank()) {
            return Suite.STEADY_STATE;
        }
        Path recordings = Files.createDirectories(Path.of(dir)).toAbsolutePath();
        List<String> options = new ArrayList<>(Suite.STEADY_STATE);
        options.add("-XX:StartFlightRecording=settings=" + System.getProperty("bench.profile.settings", "profile")
                + ",filename=" + recordings.resolve(role + ".jfr"));
        return options;
    }

    record Result(double rate, double p50Millis, double p99Millis) {
    }

    /**
     * Ingest through the stream, then (when this replica shapes) how long shaping takes to catch up, then COPY of
     * the same rows.
     */
    private static void measure(Suite suite, List<ChatEvent> events, int window, int batch, String label,
            boolean shapes) throws Exception {
        if (shapes) {
            suite.awaitConversationsShaped(SHAPING_TIMEOUT);
        }
        long conversationsBefore = conversations(suite);
        long begin = System.nanoTime();
        Result ingest = stream(suite, events, window, batch, label);
        Duration catchUp = shapes ? suite.awaitConversationsShaped(SHAPING_TIMEOUT) : null;
        double shapingSeconds = (System.nanoTime() - begin) / 1e9;
        long shaped = conversations(suite) - conversationsBefore;
        double copyRate = copy(suite, events);
        System.out.printf(Locale.ROOT, "%nStreamEvents durable ingest, %s (window %d events): %,.0f events/s, ack "
                + "latency p50 %.1f ms, p99 %.1f ms%n", label, window, ingest.rate(), ingest.p50Millis(), ingest.p99Millis());
        System.out.printf(Locale.ROOT, "PostgreSQL COPY of the same rows:  %,.0f rows/s (median)%n", copyRate);
        System.out.printf(Locale.ROOT, "ingest / COPY = %.3f%n", ingest.rate() / copyRate);
        if (catchUp != null) {
            System.out.printf(Locale.ROOT, "Conversation shaping caught up %.2f s after the last ack: %,d new "
                    + "conversations in %.2f s from the first event, %,.0f conversations/s%n%n",
                    catchUp.toMillis() / 1e3, shaped, shapingSeconds, shaped / shapingSeconds);
        }
    }

    /** Buyers chat in parallel, each thread in order: a buyer line, a reply 8 s later, 40 s per turn. */
    static List<ChatEvent> events(String run, int buyers, int turns) {
        Instant start = Instant.parse("2026-11-20T01:00:00Z");
        List<ChatEvent> events = new ArrayList<>(buyers * turns * 2);
        for (int t = 0; t < turns; t++) {
            for (int b = 0; b < buyers; b++) {
                Instant at = start.plusSeconds(b * 3L + t * 40L);
                String buyer = run + "-buyer-" + b;
                int line = (b + t) % BUYER_LINES.length;
                events.add(message(buyer + "-" + t + "-q", buyer, at, Role.ROLE_BUYER, "", BUYER_LINES[line]));
                events.add(message(buyer + "-" + t + "-a", buyer, at.plusSeconds(8), Role.ROLE_AGENT,
                        "kefu-" + (b % 5), AGENT_LINES[line]));
            }
        }
        return events;
    }

    private static ChatEvent message(String id, String buyer, Instant at, Role role, String agent, String text) {
        return ChatEvent.newBuilder().setEventId(id).setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId(buyer)
                .setOccurredAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()))
                .setMessagePosted(MessagePosted.newBuilder().setSenderRole(role).setAgentId(agent).setText(text))
                .build();
    }

    /**
     * Streams the events, {@code batch} per request (1: the one-event form), with at most {@code window} events
     * unacknowledged, timing each event's ack from its request's send.
     */
    static Result stream(Suite suite, List<ChatEvent> events, int window, int batch, String label)
            throws InterruptedException {
        // Built before the clock starts: the figure is the service's, not the benchmark's message building.
        List<StreamEventsRequest> messages = new ArrayList<>();
        for (int from = 0; from < events.size(); from += batch) {
            List<ChatEvent> part = events.subList(from, Math.min(events.size(), from + batch));
            StreamEventsRequest.Builder request = StreamEventsRequest.newBuilder().setShopId(SHOP);
            messages.add((batch == 1 ? request.setEvent(part.get(0)) : request.addAllEvents(part)).build());
        }
        long[] sentAt = new long[messages.size()];
        long[] latency = new long[events.size()];
        Semaphore inFlight = new Semaphore(Math.max(window, batch));
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<ClientCallStreamObserver<StreamEventsRequest>> requests = new AtomicReference<>();
        ClientResponseObserver<StreamEventsRequest, StreamEventsResponse> acks = new ClientResponseObserver<>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<StreamEventsRequest> stream) {
                requests.set(stream);
            }

            @Override
            public void onNext(StreamEventsResponse ack) {
                int r = (int) ack.getSequence();
                int events = eventsOf(messages.get(r));
                Arrays.fill(latency, r * batch, r * batch + events, System.nanoTime() - sentAt[r]);
                if (ack.getOutcome() == EventOutcome.EVENT_OUTCOME_REJECTED || ack.getResultsList().stream()
                        .anyMatch(e -> e.getOutcome() == EventOutcome.EVENT_OUTCOME_REJECTED)) {
                    failure.compareAndSet(null, new IllegalStateException("rejected: " + ack));
                }
                inFlight.release(events);
            }

            @Override
            public void onError(Throwable t) {
                failure.set(t);
                inFlight.release(Math.max(window, batch)); // the sender may wait for acks that will never come
                done.countDown();
            }

            @Override
            public void onCompleted() {
                done.countDown();
            }
        };
        long begin = System.nanoTime();
        suite.chatIngestStreaming(KEY).withDeadlineAfter(30, TimeUnit.MINUTES).streamEvents(acks);
        for (int r = 0; r < messages.size() && failure.get() == null; r++) {
            StreamEventsRequest request = messages.get(r);
            inFlight.acquire(eventsOf(request));
            sentAt[r] = System.nanoTime();
            requests.get().onNext(request);
        }
        requests.get().onCompleted();
        done.await();
        long elapsed = System.nanoTime() - begin;
        if (failure.get() != null) {
            throw new IllegalStateException(label + " failed", failure.get());
        }
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        Result r = new Result(events.size() / (elapsed / 1e9), percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
        System.out.printf(Locale.ROOT, "%s: %,d events in %,d requests in %.2f s%n", label, events.size(),
                messages.size(), elapsed / 1e9);
        return r;
    }

    /** Events a request carries: its one event, or its batch. */
    private static int eventsOf(StreamEventsRequest request) {
        return Math.max(1, request.getEventsCount());
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long conversations(Suite suite) throws Exception {
        try (Connection c = suite.database(Service.CHAT); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM conversation")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * COPY of the same rows into a scratch table shaped like chat_message (its indexes and constraints too): the rows
     * as ingest stored them, every column but the generated id, read back with COPY TO.
     */
    static double copy(Suite suite, List<ChatEvent> events) throws Exception {
        String columns;
        StringWriter rows = new StringWriter();
        try (Connection c = suite.database(Service.CHAT); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position)"
                    + " FROM information_schema.columns WHERE table_name = 'chat_message' AND column_name <> 'id'")) {
                r.next();
                columns = r.getString(1);
            }
            String ids = events.stream().map(e -> "'" + e.getEventId() + "'").collect(Collectors.joining(","));
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + columns + " FROM chat_message WHERE "
                    + "shop_id = '" + SHOP + "' AND event_id IN (" + ids + ")) TO STDOUT", rows);
        }
        String copied = rows.toString();
        long count = copied.lines().count();
        if (count != events.size()) {
            throw new IllegalStateException("stored " + count + " of the " + events.size() + " events ingested");
        }
        // One COPY swings by half between tries (checkpoints, the other services' leftovers): the median of three.
        double[] rates = new double[COPY_TRIES];
        try (Connection c = suite.database(Service.CHAT); Statement s = c.createStatement()) {
            for (int i = 0; i < rates.length; i++) {
                s.execute("DROP TABLE IF EXISTS bench_copy");
                s.execute("CREATE TABLE bench_copy (LIKE chat_message INCLUDING ALL)");
                long begin = System.nanoTime();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy (" + columns + ") FROM STDIN",
                        new StringReader(copied));
                rates[i] = events.size() / ((System.nanoTime() - begin) / 1e9);
                s.execute("DROP TABLE bench_copy");
            }
        }
        System.out.printf(Locale.ROOT, "COPY tries: %s rows/s%n", Arrays.stream(rates)
                .mapToObj(rate -> String.format(Locale.ROOT, "%,.0f", rate)).toList());
        Arrays.sort(rates);
        return rates[rates.length / 2];
    }
}
