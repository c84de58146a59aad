package io.zhuanhua.metrics.rollup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.ConversionReports;
import io.zhuanhua.metrics.conversion.ReportGrouping;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.Reply;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc.ReportServiceBlockingStub;

/**
 * The report benchmark (not part of the test suite: surefire only runs it when named). Writes a shop with
 * {@code bench.messages} chat messages' worth of facts over {@code bench.days} days with COPY (conversation
 * snapshots of 6 buyer messages and 4 replies, their replies, orders, payments and refunds), recomputes every
 * day's rollup, then prints the period's report time from the rollups beside the same report computed from the
 * raw rows, in the same run, and checks they agree.
 *
 * <pre>
 * ZHUANHUA_PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres ./mvnw -B -pl metrics-service test -Dtest=RollupBenchmark
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RollupBenchmark {
    private static final String SHOP = "shop-a";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");
    private static final int MESSAGES_PER_CONVERSATION = 10;
    private static final String[] AGENTS = agents();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSX")
            .withZone(ZoneId.of("UTC"));

    @Inject
    DataSource dataSource;
    @Inject
    ConversionReports reports;
    @Inject
    RollupRefresher refresher;
    @GrpcClient("metrics")
    ReportServiceBlockingStub grpc;

    private static String[] agents() {
        String[] agents = new String[40];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = "kefu-" + i;
        }
        return agents;
    }

    @Test
    void reportFromRollupsBesideRawRows() throws Exception {
        long messages = Long.getLong("bench.messages", 10_000_000);
        int days = Integer.getInteger("bench.days", 180);
        ReportPeriod period = new ReportPeriod(FIRST_DAY, FIRST_DAY.plusDays(days - 1L));
        long begin = System.nanoTime();
        long[] rows = generate(messages / MESSAGES_PER_CONVERSATION, days);
        System.out.printf(Locale.ROOT, "%nGenerated %,d conversations (%,d messages), %,d replies, %,d orders over %d days"
                + " with COPY in %.1f s%n", rows[0], rows[0] * MESSAGES_PER_CONVERSATION, rows[1], rows[2], days,
                seconds(begin));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into report_rollup_dirty (shop_id, day, generation, marked_at) select '" + SHOP + "', d::date,"
                    + " 1, now() from generate_series(date '" + period.start() + "', date '" + period.end()
                    + "', interval '1 day') d on conflict do nothing");
        }
        begin = System.nanoTime();
        int refreshed = refresher.refreshAll();
        double refreshSeconds = seconds(begin);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Autovacuum would analyze the freshly filled rollup tables within its naptime (a minute); without
            // statistics the planner takes them for empty and scans all of a shop's rows for a report.
            s.execute("analyze report_rollup, report_rollup_span");
        }
        System.out.printf(Locale.ROOT, "Rollups of %d days recomputed from raw rows in %.1f s (%.0f ms per day): %,d day"
                + " rows, %,d span rows%n", refreshed, refreshSeconds, refreshSeconds * 1000 / refreshed,
                count("report_rollup"), count("report_rollup_span"));

        // Wall-clock beside this thread's CPU time: on a shared machine the wall-clock also counts waiting for a
        // core (the database's share of the work is only in the wall-clock). The gRPC call is warmed as often as
        // the in-process report, so both figures are the JIT's steady state. Every report is timed before the
        // first raw one: a raw report holds gigabytes of facts, and the collections cleaning up after it would
        // land in the timings.
        ReportServiceBlockingStub keyed = ApiKeys.withKey(grpc, "test-key-shop-a");
        List<Set<ReportGrouping>> groupings = List.of(Set.of(), EnumSet.of(ReportGrouping.DAY),
                EnumSet.of(ReportGrouping.DAY, ReportGrouping.AGENT), EnumSet.of(ReportGrouping.AGENT),
                EnumSet.of(ReportGrouping.PRODUCT), EnumSet.of(ReportGrouping.HOUR));
        double[][] millis = new double[groupings.size()][];
        for (int i = 0; i < groupings.size(); i++) {
            Set<ReportGrouping> groupBy = groupings.get(i);
            GetConversionReportRequest.Builder request = GetConversionReportRequest.newBuilder().setShopId(SHOP)
                    .setPeriod(io.zhuanhua.proto.common.v1.DateRange.newBuilder().setStart(date(period.start()))
                            .setEnd(date(period.end())));
            groupBy.forEach(g -> request.addGroupBy(
                    io.zhuanhua.proto.metrics.v1.ReportGrouping.valueOf("REPORT_GROUPING_" + g.name())));
            medianMillis(18, () -> keyed.getConversionReport(request.build()));
            millis[i] = new double[] { medianMillis(9, () -> reports.report(SHOP, period, groupBy)),
                    medianCpuMillis(9, () -> reports.report(SHOP, period, groupBy)),
                    medianMillis(9, () -> keyed.getConversionReport(request.build())),
                    keyed.getConversionReport(request.build()).getSerializedSize() / 1024.0 };
        }
        System.out.printf(Locale.ROOT, "%n%-22s %14s %14s %14s %12s %14s %10s%n", days + "-day report", "rollups (ms)",
                "rollups CPU", "gRPC (ms)", "gRPC (KiB)", "raw (ms)", "raw/rollup");
        for (int i = 0; i < groupings.size(); i++) {
            Set<ReportGrouping> groupBy = groupings.get(i);
            ConversionReport fromRollups = reports.report(SHOP, period, groupBy);
            long rawBegin = System.nanoTime();
            ConversionReport raw = reports.reportFromRawFacts(SHOP, period, groupBy);
            double rawMillis = seconds(rawBegin) * 1000;
            if (!raw.equals(fromRollups)) {
                throw new AssertionError("rollups and raw rows disagree for " + groupBy);
            }
            System.out.printf(Locale.ROOT, "%-22s %14.1f %14.1f %14.1f %12.0f %14.0f %10.0f%n",
                    groupBy.isEmpty() ? "total" : groupBy, millis[i][0], millis[i][1], millis[i][2], millis[i][3],
                    rawMillis, rawMillis / millis[i][0]);
        }
        ConversionReport total = reports.report(SHOP, period, Set.of());
        System.out.printf(Locale.ROOT, "Total: %,d inquiring, %,d ordering, %,d paying buyers; human FRT median %d ms,"
                + " p90 %d ms%n", total.total().inquiringBuyers(), total.total().orderingBuyers(),
                total.total().payingBuyers(), total.total().response().humanFirst().medianMillis(),
                total.total().response().humanFirst().p90Millis());
    }

    private long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static io.zhuanhua.proto.common.v1.Date date(LocalDate day) {
        return io.zhuanhua.proto.common.v1.Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue())
                .setDay(day.getDayOfMonth()).build();
    }

    private static double medianMillis(int runs, Supplier<?> report) {
        report.get();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long begin = System.nanoTime();
            report.get();
            millis[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    private static double medianCpuMillis(int runs, Supplier<?> report) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long begin = threads.getCurrentThreadCpuTime();
            report.get();
            millis[i] = (threads.getCurrentThreadCpuTime() - begin) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Writes the facts; returns the conversations, replies and orders written. */
    private long[] generate(long conversations, int days) throws SQLException, IOException {
        Random random = new Random(7);
        long replies = 0;
        long orders = 0;
        try (Connection c = dataSource.getConnection()) {
            try (Copy consultation = new Copy("consultation (conversation_id, version, removed, shop_id, platform,"
                    + " buyer_id, first_buyer_message_at, last_message_at, inquiry, main_category, transferred_at, facts)");
                    Copy reply = new Copy("consultation_reply (id, conversation_id, shop_id, buyer_id, role, agent_id,"
                            + " sent_at)");
                    Copy order = new Copy("shop_order (id, shop_id, platform, order_id, buyer_id, created_at,"
                            + " amount_minor, currency, paid_at)");
                    Copy refund = new Copy("order_refund (id, order_ref, refund_id, amount_minor, currency,"
                            + " refunded_at)")) {
                Instant start = FIRST_DAY.atStartOfDay(ZONE).toInstant();
                int buyers = (int) Math.max(10, conversations / 5);
                for (long i = 0; i < conversations; i++) {
                    String id = "c" + i;
                    String buyer = "b" + random.nextInt(buyers);
                    // Buyers write between 08:00 and 24:00 shop time.
                    Instant first = start.plusSeconds((i * days / conversations) * 86_400 + 8 * 3600
                            + random.nextInt(16 * 3600));
                    Consultation facts = conversation(random, id, buyer, first);
                    for (Reply r : facts.getRepliesList()) {
                        reply.row(++replies, id, SHOP, buyer, r.getRole() == Role.ROLE_BOT ? "BOT" : "AGENT",
                                r.getAgentId(), time(r.getSentAt()));
                    }
                    consultation.row(id, 1, "f", SHOP, facts.getPlatform().name().substring(9), buyer, time(first),
                            time(facts.getLastMessageAt()), facts.getInquiry() ? "t" : "f",
                            facts.getMainCategory().name().substring(18),
                            facts.hasTransferredAt() ? time(facts.getTransferredAt()) : null,
                            "\\\\x" + HexFormat.of().formatHex(facts.toByteArray()));
                    int roll = random.nextInt(100);
                    if (roll < 40) {
                        // 35% order after asking, mostly within the window; 5% order without having asked.
                        Instant created = roll < 35 ? first.plusSeconds(300 + random.nextInt(30 * 3600))
                                : start.plusSeconds((long) random.nextInt(days) * 86_400 + random.nextInt(86_400));
                        String orderBuyer = roll < 35 ? buyer : "silent-" + i;
                        boolean paid = random.nextInt(100) < 85;
                        order.row(++orders, SHOP, "TAOBAO", "o" + orders, orderBuyer, time(created),
                                1000 + random.nextInt(30_000), "CNY", paid ? time(created.plusSeconds(90)) : null);
                        if (paid && random.nextInt(100) < 5) {
                            refund.row(orders, orders, "r" + orders, 500, "CNY", time(created.plusSeconds(86_400)));
                        }
                    }
                }
                for (Copy table : List.of(consultation, reply, order, refund)) {
                    table.load(c);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
        }
        return new long[] { conversations, replies, orders };
    }

    /** A conversation: an optional bot answer, a human's, and three buyer turns (one in ten left unanswered). */
    private static Consultation conversation(Random random, String id, String buyer, Instant first) {
        Consultation.Builder c = Consultation.newBuilder().setConversationId(id).setVersion(1).setShopId(SHOP)
                .setPlatform(random.nextInt(10) == 0 ? Platform.PLATFORM_TMALL : Platform.PLATFORM_TAOBAO)
                .setBuyerId(buyer).setFirstBuyerMessageAt(ts(first)).setLastMessageAt(ts(first.plusSeconds(900)))
                .setInquiry(random.nextInt(10) > 1)
                .setMainCategory(QuestionCategory.forNumber(1 + random.nextInt(33)))
                .addItemIds("item-" + random.nextInt(300));
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        boolean bot = random.nextInt(10) < 3;
        long humanWait = 1000 + (long) Math.abs(random.nextGaussian() * 15_000);
        long at = 0;
        if (bot) {
            c.addReplies(reply(Role.ROLE_BOT, "店小蜜", first.plusSeconds(2))).setBotFirstResponse(waitOf(2000))
                    .setTransferredAt(ts(first.plusSeconds(30)));
            at = 30;
        }
        c.setHumanFirstResponse(waitOf(humanWait));
        for (int turn = 0; turn < 3; turn++) {
            Instant started = first.plusSeconds(at);
            long wait = turn == 0 ? humanWait : 1000 + random.nextInt(40_000);
            BuyerTurn.Builder t = BuyerTurn.newBuilder().setStartedAt(ts(started));
            if (turn < 2 || random.nextInt(10) > 0) {
                Instant sent = started.plusMillis(wait);
                c.addReplies(reply(Role.ROLE_AGENT, agent, sent));
                t.setAnsweredBy(Role.ROLE_AGENT).setWait(waitOf(wait));
                at = Math.max(at + 1, (sent.toEpochMilli() - first.toEpochMilli()) / 1000 + 60);
            }
            c.addTurns(t);
        }
        return c.build();
    }

    private static Reply reply(Role role, String agentId, Instant at) {
        return Reply.newBuilder().setRole(role).setAgentId(agentId).setSentAt(ts(at)).build();
    }

    private static ResponseWait waitOf(long millis) {
        Duration d = Duration.newBuilder().setSeconds(millis / 1000).setNanos((int) (millis % 1000) * 1_000_000).build();
        return ResponseWait.newBuilder().setCalendar(d).setBusiness(d).build();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static String time(Timestamp t) {
        return time(Instant.ofEpochSecond(t.getSeconds(), t.getNanos()));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * Rows for a COPY in text format, spooled to a file while they are generated: the tables reference each
     * other, so they are loaded one after the other, parents first.
     */
    private static final class Copy implements AutoCloseable {
        private final String table;
        private final Path file;
        private final Writer out;
        private final List<String> fields = new ArrayList<>();

        Copy(String table) throws IOException {
            this.table = table;
            this.file = Files.createTempFile("rollup-bench", ".tsv");
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void row(Object... values) throws IOException {
            fields.clear();
            for (Object value : values) {
                fields.add(value == null ? "\\N" : value.toString());
            }
            out.write(String.join("\t", fields));
            out.write('\n');
        }

        void load(Connection c) throws IOException, SQLException {
            out.close();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", in);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(file);
        }
    }
}
