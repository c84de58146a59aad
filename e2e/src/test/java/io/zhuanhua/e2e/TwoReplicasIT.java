package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * Scaling out is correct, not just declared: two chat-service and two metrics-service replicas, each pair on
 * one database, behind round-robin (the suite's clients, and chat-service's relay to metrics-service through
 * one DNS name as in deploy/), get the demo shop's day in small batches sent concurrently and out of order,
 * and report exactly what the suite with one replica of each reports for the same day sent plainly.
 */
@ExtendWith(SuiteExtension.class)
class TwoReplicasIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    /** Small enough that the events of one buyer's thread land on both replicas, at the same time. */
    private static final int BATCH = 5;
    private static final int SENDERS = 4;

    @Test
    void twoReplicasOfChatAndMetricsReportWhatOneReplicaDoes(Suite single) throws Exception {
        ShopEvents day = DemoDay.on(DAY);
        ShopClient one = single.shop(TestShops.REPLICAS, TestShops.INTEGRATION_KEY);
        one.send(day);

        try (Suite replicated = Suite.startReplicated(TestShops.CLIENTS, Map.of(Service.CHAT, 2, Service.METRICS, 2))) {
            ShopClient two = replicated.shop(TestShops.REPLICAS, TestShops.INTEGRATION_KEY);
            sendConcurrently(two, day);

            for (ReportGrouping grouping : List.of(ReportGrouping.REPORT_GROUPING_DAY, ReportGrouping.REPORT_GROUPING_AGENT)) {
                GetConversionReportRequest request = one.reportRequest(DAY, DAY.plusDays(1), grouping);
                ConversionReport expected = one.awaitReport(request, Expect.CONVERGENCE, report -> {
                    assertEquals(DemoDay.inquiringBuyers(), report.getTotal().getInquiringBuyers(), "inquiring buyers");
                    assertEquals(0, pendingFacts(single), "consultation facts still in the outbox");
                });
                two.awaitReport(two.reportRequest(DAY, DAY.plusDays(1), grouping), Expect.CONVERGENCE, report -> {
                    assertEquals(0, pendingFacts(replicated), "consultation facts still in the outbox");
                    assertEquals(Expect.withoutShop(expected), Expect.withoutShop(report), "report " + grouping);
                });
            }
            // Round-robin reached every replica (the relay's calls are checked by the report itself: facts reach
            // metrics-service only through it).
            assertEquals(Set.of("127.0.0.1", "127.0.0.2"), replicated.answeredFrom(Service.CHAT), "chat-service replicas");
            assertEquals(Set.of("127.0.0.1", "127.0.0.2"), replicated.answeredFrom(Service.METRICS),
                    "metrics-service replicas");
        }
    }

    /** Chat and order events in small batches, shuffled (fixed seed), from several threads at once. */
    private static void sendConcurrently(ShopClient shop, ShopEvents day) throws Exception {
        List<Runnable> sends = new ArrayList<>();
        for (int from = 0; from < day.chatEvents().size(); from += BATCH) {
            var batch = day.chatEvents().subList(from, Math.min(day.chatEvents().size(), from + BATCH));
            sends.add(() -> shop.ingestChats(batch));
        }
        for (int from = 0; from < day.orderEvents().size(); from += BATCH) {
            var batch = day.orderEvents().subList(from, Math.min(day.orderEvents().size(), from + BATCH));
            sends.add(() -> shop.ingestOrders(batch));
        }
        Collections.shuffle(sends, new Random(18));
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            sends.forEach(send -> sent.add(senders.submit(send)));
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    /** Outbox rows chat-service has not yet delivered to metrics-service (the replicas share the table). */
    private static long pendingFacts(Suite suite) {
        try (Connection c = suite.database(Service.CHAT);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM consultation_outbox")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read chat-service's outbox", e);
        }
    }
}
