package io.zhuanhua.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * The demo: the three services on the fixed ports 8081 (chat), 8082 (metrics) and 8083 (scripts), on an
 * embedded PostgreSQL (or the one ZHUANHUA_PG_URL names), a demo day of a clothing shop loaded through
 * gRPC, its conversion report printed, and the services left running for clients until Ctrl-C.
 * Run from the repository root: {@code ./mvnw -B install -DskipTests -Pdemo}. The day is 2026-11-24
 * unless -Dzhuanhua.demo.day=YYYY-MM-DD says otherwise.
 */
public final class Demo {
    public static final String SHOP_KEY = "demo-key-shop-a";
    public static final String INTERNAL_KEY = "demo-key-internal";
    private static final Duration CONVERGENCE_TIMEOUT = Duration.ofSeconds(60);

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalDate day = LocalDate.parse(System.getProperty("zhuanhua.demo.day", "2026-11-24"));
        System.out.println("Starting PostgreSQL and the three services (logs in e2e/target/*.log)...");
        Suite suite = Suite.start(List.of(
                ApiClient.integration("demo-integration", SHOP_KEY, DemoDay.SHOP_ID),
                ApiClient.internal("suite-services", INTERNAL_KEY)), true);

        ShopClient shop = suite.shop(DemoDay.SHOP_ID, SHOP_KEY);
        ShopEvents events = DemoDay.on(day);
        shop.send(events);
        System.out.printf("Loaded %s's day %s through gRPC: %d chat events, %d order events.%n%n",
                DemoDay.SHOP_NAME, day, events.chatEvents().size(), events.orderEvents().size());

        ConversionReport byAgent = awaitConverged(shop, day, ReportGrouping.REPORT_GROUPING_AGENT);
        ConversionReport byDay = shop.report(shop.reportRequest(day, day, ReportGrouping.REPORT_GROUPING_DAY));
        System.out.println("询单转化报表 · " + DemoDay.SHOP_NAME + "（" + DemoDay.SHOP_ID + "） · "
                + ReportPrinter.period(byAgent));
        System.out.println();
        System.out.println("按客服（机器人单独一行）");
        System.out.println(ReportPrinter.byAgent(byAgent));
        System.out.println("按日期");
        System.out.println(ReportPrinter.byDay(byDay));
        printClientHelp(suite, day);

        // Serve clients until Ctrl-C; the suite's shutdown hook stops the services and PostgreSQL.
        new CountDownLatch(1).await();
    }

    /** The report once metrics-service has every inquiry (facts arrive through chat-service's outbox). */
    private static ConversionReport awaitConverged(ShopClient shop, LocalDate day, ReportGrouping grouping) {
        var request = shop.reportRequest(day, day, grouping);
        try {
            return shop.awaitReport(request, CONVERGENCE_TIMEOUT, report -> {
                if (report.getTotal().getInquiringBuyers() < DemoDay.inquiringBuyers()) {
                    throw new AssertionError(report.getTotal().getInquiringBuyers() + " of "
                            + DemoDay.inquiringBuyers() + " inquiring buyers so far");
                }
            });
        } catch (AssertionError notConverged) {
            System.out.println("(the report has not converged yet: " + notConverged.getMessage().lines().findFirst()
                    .orElse("") + "; showing it as it is)");
            return shop.report(request);
        }
    }

    private static void printClientHelp(Suite suite, LocalDate day) {
        System.out.printf("""
                Services are running (Ctrl-C stops them):
                  chat-service     127.0.0.1:%d   zhuanhua.chat.v1.ChatIngestService, ConversationService, AssistService
                  metrics-service  127.0.0.1:%d   zhuanhua.metrics.v1.OrderIngestService, ReportService, RatingIngestService, DsrService
                  scripts-service  127.0.0.1:%d   zhuanhua.scripts.v1.ReplyScriptService, SuggestService
                API key for shop %s: %s   (header x-api-key)
                Health: http://127.0.0.1:%d/q/health/ready (same on each port)
                PostgreSQL: %s

                Try, from the repository root (grpcurl reads the contracts from proto/):
                  grpcurl -plaintext -import-path proto/src/main/proto -proto zhuanhua/metrics/v1/report.proto \\
                    -H 'x-api-key: %s' \\
                    -d '{"shop_id":"%s","period":{"start":{"year":%d,"month":%d,"day":%d},"end":{"year":%d,"month":%d,"day":%d}},"group_by":["REPORT_GROUPING_AGENT"]}' \\
                    127.0.0.1:%d zhuanhua.metrics.v1.ReportService/GetConversionReport
                """,
                suite.port(Service.CHAT), suite.port(Service.METRICS), suite.port(Service.SCRIPTS),
                DemoDay.SHOP_ID, SHOP_KEY, suite.port(Service.CHAT),
                suite.embeddedPostgres() ? "embedded (gone when the demo stops)" : "the server ZHUANHUA_PG_URL names",
                SHOP_KEY, DemoDay.SHOP_ID, day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                day.getYear(), day.getMonthValue(), day.getDayOfMonth(), suite.port(Service.METRICS));
    }
}
