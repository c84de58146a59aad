package io.zhuanhua.metrics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.google.protobuf.Timestamp;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.ConversionReports;
import io.zhuanhua.metrics.conversion.ReportGrouping;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ShopCalendar;
import io.zhuanhua.metrics.export.ConversationExport;
import io.zhuanhua.metrics.export.ConversationRow;
import io.zhuanhua.metrics.money.Money;
import io.zhuanhua.metrics.order.OrderChange;
import io.zhuanhua.metrics.order.OrderEvent;
import io.zhuanhua.metrics.order.OrderIngest;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.Reply;

/**
 * Rollups kept up to date while facts arrive in random order, late and repeated, give the same report as
 * the raw computation, for every grouping, and the same numbers whatever the order.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RollupReportTest {
    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.parse("2026-03-31"),
            LocalDate.parse("2026-04-09"));
    private static final List<Set<ReportGrouping>> GROUPINGS = List.of(Set.of(), EnumSet.of(ReportGrouping.DAY),
            EnumSet.of(ReportGrouping.AGENT), EnumSet.of(ReportGrouping.DAY, ReportGrouping.AGENT),
            EnumSet.of(ReportGrouping.HOUR), EnumSet.of(ReportGrouping.DAY, ReportGrouping.PRODUCT),
            EnumSet.of(ReportGrouping.CATEGORY), EnumSet.of(ReportGrouping.DAY, ReportGrouping.PLATFORM));

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @Inject
    OrderIngest orders;
    @Inject
    ConversionReports reports;
    @Inject
    RollupRefresher refresher;
    @Inject
    RollupStore store;
    @Inject
    ShopCalendars calendars;
    @Inject
    FactLoader factLoader;
    @Inject
    DataSource dataSource;
    @Inject
    ConversationExport export;

    /** One fact to deliver: a conversation snapshot or an order event. */
    private record Delivery(Consultation snapshot, OrderEvent order) {
    }

    @Test
    void rollupsMatchTheRawComputationWhateverTheArrivalOrder() {
        List<ConversionReport> first = deliverAndCompare("rollup-a", 1);
        List<ConversionReport> second = deliverAndCompare("rollup-b", 2);

        for (int i = 0; i < GROUPINGS.size(); i++) {
            assertEquals(first.get(i).total(), second.get(i).total(), GROUPINGS.get(i).toString());
            assertEquals(first.get(i).rows(), second.get(i).rows(), GROUPINGS.get(i).toString());
        }
        // The generated shop is not trivial: it converts, sells, refunds, answers and leaves turns unanswered.
        ConversionReport total = first.get(0);
        assertTrue(total.total().orderingBuyers() > 0 && total.total().csSalesMinor() > 0 && total.total().refunds() > 0);
        assertTrue(total.total().silentOrderingBuyers() > 0);
        assertTrue(total.total().response().turns().count() > 0 && total.total().response().unansweredTurns() > 0);
        assertTrue(total.total().bot().botOnlyInquiries() > 0 && total.total().bot().transferredConversations() > 0);
        assertNotEquals(0, first.get(2).rows().size());
    }

    @Test
    void aShopWhoseCalendarChangedHasItsRollupsRecomputedInTheNewOne() throws Exception {
        String shopId = "rollup-zone";
        facts(shopId).forEach(delivery -> deliver(shopId, delivery));
        refresher.refreshAll();
        // The shop's rollups as a replica configured with New York time would have computed them.
        ShopCalendar newYork = new ShopCalendar(ZoneId.of("America/New_York"), 1);
        ShopCalendar configured = calendars.of(shopId);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("update report_rollup_calendar set time_zone = 'America/New_York' where shop_id = '" + shopId + "'");
        }
        QuarkusTransaction.requiringNew().run(() -> store.markDirty(PERIOD.days().map(day -> new ShopDay(shopId, day))
                .collect(Collectors.toSet())));
        for (RollupStore.Claim claim : QuarkusTransaction.requiringNew().call(() -> store.claim(1000, Duration.ofMinutes(1)))) {
            String shop = claim.day().shopId();
            ShopCalendar calendar = shop.equals(shopId) ? newYork : calendars.of(shop);
            assertTrue(QuarkusTransaction.requiringNew().call(() -> store.store(claim,
                    factLoader.compute(shop, calendar, new ReportPeriod(claim.day().day(), claim.day().day())), calendar)));
        }
        assertEquals(0, store.dirtyCount());
        // A refresher with the configured calendar leaves the days to the calendar the shop's rollups follow.
        QuarkusTransaction.requiringNew().run(() -> store.markDirty(Set.of(new ShopDay(shopId, PERIOD.start()))));
        assertEquals(0, refresher.refreshAll());
        assertEquals(1, store.dirtyCount());
        Set<ReportGrouping> byDay = EnumSet.of(ReportGrouping.DAY);
        assertNotEquals(reports.reportFromRawFacts(shopId, PERIOD, byDay), reports.report(shopId, PERIOD, byDay),
                "rollups in another zone than the configured one are stale");

        assertEquals(List.of(shopId), QuarkusTransaction.requiringNew().call(() -> store.switchCalendars(calendars::of)));
        // Reports are exact at once (the shop's days are dirty), and again once the days are recomputed.
        assertReportsMatch(shopId);
        refresher.refreshAll();
        assertEquals(0, store.dirtyCount());
        assertReportsMatch(shopId);
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> store.switchCalendars(calendars::of)));
        assertEquals(configured, calendars.of(shopId));
    }

    @Test
    void anExportComputedWeekByWeekEqualsOneComputedDayByDay() {
        String shopId = "rollup-export";
        facts(shopId).forEach(delivery -> deliver(shopId, delivery));
        List<ConversationRow> byWeek = export.rows(shopId, PERIOD).toList();
        List<ConversationRow> byDay = PERIOD.days().flatMap(day -> export.rows(shopId, new ReportPeriod(day, day)))
                .toList();
        assertEquals(byDay, byWeek);
        // Outcomes reach across the edges of a chunk: orders in a window that ends the next day, lost buyers.
        assertTrue(byWeek.size() > 50 && byWeek.stream().anyMatch(row -> Boolean.TRUE.equals(row.ordered()))
                && byWeek.stream().anyMatch(row -> row.lost() != null));
    }

    /** Delivers the same facts to the shop in an order of its own, refreshing now and then; returns the reports. */
    private List<ConversionReport> deliverAndCompare(String shopId, long order) {
        List<Delivery> deliveries = facts(shopId);
        Collections.shuffle(deliveries, new Random(order));
        // Some facts arrive twice, late.
        deliveries.addAll(deliveries.subList(0, deliveries.size() / 10));
        for (int i = 0; i < deliveries.size(); i++) {
            deliver(shopId, deliveries.get(i));
            if (i % 25 == 24) {
                refresher.refreshAll();
            }
        }
        // Before the last refresh some days are dirty: the report reads those raw and still matches.
        assertReportsMatch(shopId);
        refresher.refreshAll();
        assertEquals(0, store.dirtyCount());
        return assertReportsMatch(shopId);
    }

    private List<ConversionReport> assertReportsMatch(String shopId) {
        List<ConversionReport> result = new ArrayList<>();
        for (Set<ReportGrouping> groupBy : GROUPINGS) {
            ConversionReport fromRollups = reports.report(shopId, PERIOD, groupBy);
            assertEquals(reports.reportFromRawFacts(shopId, PERIOD, groupBy), fromRollups, groupBy.toString());
            result.add(fromRollups);
        }
        return result;
    }

    private void deliver(String shopId, Delivery delivery) {
        if (delivery.snapshot() != null) {
            ApiKeys.withKey(feed, "test-key-internal").publishConsultations(
                    PublishConsultationsRequest.newBuilder().addConsultations(delivery.snapshot()).build());
        } else {
            orders.ingest(shopId, List.of(delivery.order()));
        }
    }

    /**
     * Forty buyers over a week: conversations with agents and the bot (some revised, some merged away),
     * orders in and out of windows, payments, cancellations and refunds. The same seed gives the same facts.
     */
    private static List<Delivery> facts(String shopId) {
        Random random = new Random(42);
        List<Delivery> result = new ArrayList<>();
        String[] agents = { "alice", "bob", "carol" };
        String[] items = { "528690173109", "item-2", "item-3" };
        QuestionCategory[] categories = { QuestionCategory.QUESTION_CATEGORY_SIZE_FIT,
                QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, QuestionCategory.QUESTION_CATEGORY_LOGISTICS };
        Platform[] platforms = { Platform.PLATFORM_TAOBAO, Platform.PLATFORM_JD };
        for (int b = 0; b < 40; b++) {
            String buyer = shopId + "-buyer-" + b;
            int conversations = 1 + random.nextInt(3);
            for (int k = 0; k < conversations; k++) {
                Instant first = START.plusSeconds(random.nextInt(7 * 24 * 3600));
                String id = shopId + "-c-" + b + "-" + k;
                Consultation.Builder c = Consultation.newBuilder().setConversationId(id).setVersion(1)
                        .setShopId(shopId).setPlatform(platforms[random.nextInt(platforms.length)]).setBuyerId(buyer)
                        .setFirstBuyerMessageAt(ts(first)).setLastMessageAt(ts(first.plusSeconds(600)))
                        .setInquiry(random.nextInt(5) > 0).setMainCategory(categories[random.nextInt(categories.length)])
                        .addItemIds(items[random.nextInt(items.length)]);
                boolean bot = random.nextBoolean();
                String agent = agents[random.nextInt(agents.length)];
                boolean human = !bot || random.nextBoolean();
                long botWait = 1 + random.nextInt(3);
                long humanWait = 2 + random.nextInt(90);
                if (bot) {
                    c.addReplies(reply(Role.ROLE_BOT, "店小蜜", first.plusSeconds(botWait)))
                            .setBotFirstResponse(waitOf(botWait));
                }
                if (human) {
                    if (bot) {
                        c.setTransferredAt(ts(first.plusSeconds(botWait + 5)));
                    }
                    c.addReplies(reply(Role.ROLE_AGENT, agent, first.plusSeconds(humanWait + (bot ? botWait + 5 : 0))))
                            .setHumanFirstResponse(waitOf(humanWait));
                }
                c.setBotOnly(bot && !human);
                c.addTurns(BuyerTurn.newBuilder().setStartedAt(ts(first))
                        .setAnsweredBy(human ? Role.ROLE_AGENT : Role.ROLE_BOT).setWait(waitOf(human ? humanWait : botWait)));
                if (random.nextInt(3) == 0) {
                    c.addTurns(BuyerTurn.newBuilder().setStartedAt(ts(first.plusSeconds(500))));
                }
                result.add(new Delivery(c.build(), null));
                if (random.nextInt(4) == 0) {
                    // A later version: another agent answers the next day.
                    result.add(new Delivery(c.setVersion(2)
                            .addReplies(reply(Role.ROLE_AGENT, agents[random.nextInt(agents.length)],
                                    first.plusSeconds(86_400)))
                            .build(), null));
                } else if (random.nextInt(10) == 0) {
                    result.add(new Delivery(Consultation.newBuilder().setConversationId(id).setVersion(3)
                            .setRemoved(true).build(), null));
                }
            }
            if (random.nextInt(3) > 0) {
                String orderId = shopId + "-o-" + b;
                Instant created = START.plusSeconds(random.nextInt(8 * 24 * 3600));
                result.add(order(orderId, buyer, created,
                        new OrderChange.Created(Money.of(1000 + random.nextInt(9000), "CNY"), List.of())));
                if (random.nextInt(4) > 0) {
                    result.add(order(orderId, buyer, created.plusSeconds(120), new OrderChange.Paid(null)));
                    if (random.nextInt(3) == 0) {
                        result.add(order(orderId, buyer, created.plusSeconds(86_400),
                                new OrderChange.Refunded("r-" + b, Money.of(500, "CNY"))));
                    }
                } else if (random.nextBoolean()) {
                    result.add(order(orderId, buyer, created.plusSeconds(600), new OrderChange.Cancelled("")));
                }
            }
        }
        return result;
    }

    private static Delivery order(String orderId, String buyer, Instant at, OrderChange change) {
        return new Delivery(null, new OrderEvent("TAOBAO", orderId, buyer, at, change));
    }

    private static Reply reply(Role role, String agentId, Instant at) {
        return Reply.newBuilder().setRole(role).setAgentId(agentId).setSentAt(ts(at)).build();
    }

    private static ResponseWait waitOf(long seconds) {
        com.google.protobuf.Duration d = com.google.protobuf.Duration.newBuilder().setSeconds(seconds).build();
        return ResponseWait.newBuilder().setCalendar(d).setBusiness(d).build();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).build();
    }
}
