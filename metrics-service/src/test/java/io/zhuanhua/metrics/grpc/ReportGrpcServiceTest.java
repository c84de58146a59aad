package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.bot;
import static io.zhuanhua.metrics.grpc.Protos.cancelled;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.date;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.paid;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static io.zhuanhua.proto.metrics.v1.ReportGrouping.REPORT_GROUPING_AGENT;
import static io.zhuanhua.proto.metrics.v1.ReportGrouping.REPORT_GROUPING_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.protobuf.Duration;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.DateRange;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.ConversionFigures;
import io.zhuanhua.proto.metrics.v1.ConversionReport;
import io.zhuanhua.proto.metrics.v1.ConversionRow;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc.ReportServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.WaitFigures;

/** Conversion reports end to end over the RPCs; shop-a days of February 2026 and shop-b. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReportGrpcServiceTest {
    private static final String DAY = "2026-02-10";
    private static final String NEXT_DAY = "2026-02-11";

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    ReportServiceBlockingStub reports;

    private void publish(Consultation.Builder... consultations) {
        PublishConsultationsRequest.Builder request = PublishConsultationsRequest.newBuilder();
        for (Consultation.Builder c : consultations) {
            request.addConsultations(c);
        }
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(request.build());
    }

    private void ingest(String apiKey, String shopId, OrderEvent... events) {
        ApiKeys.withKey(ingest, apiKey).ingestOrderEvents(
                IngestOrderEventsRequest.newBuilder().setShopId(shopId).addAllEvents(List.of(events)).build());
    }

    private ConversionReport report(String apiKey, String shopId, DateRange period, ReportGrouping... groupBy) {
        return ApiKeys.withKey(reports, apiKey).getConversionReport(GetConversionReportRequest.newBuilder()
                .setShopId(shopId).setPeriod(period).addAllGroupBy(List.of(groupBy)).build()).getReport();
    }

    private static List<Long> counts(ConversionFigures f) {
        return List.of(f.getInquiringBuyers(), f.getOrderingBuyers(), f.getPayingBuyers());
    }

    /**
     * A scripted day of shop-a. b1 asks, the bot and then alice answer, b1 buys and pays 129.00 (alice);
     * b2 asks, alice then bob answer, b2 pays 99.00 of a 109.00 order the next evening (bob); b3 is served
     * by the bot only and cancels before paying; b4 asks alice and does not buy; b5 buys without asking;
     * b6 only writes after-sale and buys; b7's conversation was merged away before b7 bought.
     */
    private void scriptTheDay() {
        String d = DAY + "T";
        publish(inquiry("rep-c1", 1, "shop-a", "rep-b1", d + "10:00", bot(d + "10:00:05"), agent("alice", d + "10:02")),
                inquiry("rep-c2", 1, "shop-a", "rep-b2", d + "10:30", agent("alice", d + "10:31"),
                        agent("bob", d + "10:40")),
                inquiry("rep-c3", 1, "shop-a", "rep-b3", d + "11:00", bot(d + "11:00:02")),
                inquiry("rep-c4", 1, "shop-a", "rep-b4", d + "14:00", agent("alice", d + "14:01")),
                inquiry("rep-c6", 1, "shop-a", "rep-b6", d + "16:00", agent("alice", d + "16:01")).setInquiry(false),
                inquiry("rep-c7", 1, "shop-a", "rep-b7", d + "17:00", agent("alice", d + "17:01")));
        publish(Consultation.newBuilder().setConversationId("rep-c7").setVersion(2).setRemoved(true));
        // Order events arrive out of order: payments before creations.
        ingest(Protos.SHOP_A_KEY, "shop-a",
                paid("rep-o1", "rep-b1", d + "11:05"),
                created("rep-o1", "rep-b1", d + "11:00", 12900),
                paid("rep-o2", "rep-b2", NEXT_DAY + "T20:10", 9900),
                cancelled("rep-o3", "rep-b3", d + "11:40"),
                created("rep-o3", "rep-b3", d + "11:30", 4900),
                created("rep-o5", "rep-b5", d + "15:00", 5000),
                paid("rep-o5", "rep-b5", d + "15:01"),
                created("rep-o6", "rep-b6", d + "17:00", 3000),
                created("rep-o7", "rep-b7", d + "18:00", 2000));
        ingest(Protos.SHOP_A_KEY, "shop-a", created("rep-o2", "rep-b2", NEXT_DAY + "T20:00", 10900));
    }

    @Test
    void aScriptedDayEndToEnd() {
        scriptTheDay();

        ConversionReport byDay = report(Protos.SHOP_A_KEY, "shop-a", period(DAY, NEXT_DAY), REPORT_GROUPING_DAY);
        assertEquals("Asia/Shanghai", byDay.getTimeZone());
        assertEquals(period(DAY, NEXT_DAY), byDay.getPeriod());
        ConversionFigures day = byDay.getRows(0).getFigures();
        assertEquals(date(DAY), byDay.getRows(0).getDay());
        assertEquals(List.of(4L, 3L, 2L), counts(day));
        assertEquals(0.75, day.getConsultationConversion());
        assertEquals(2.0 / 3, day.getPaymentConversion());
        assertEquals(0.5, day.getFinalConversion());
        // Ordered that day: b1, b3 and the silent b5, b6, b7 (b2 ordered the next day).
        assertEquals(List.of(3L, 5L), List.of(day.getSilentOrderingBuyers(), day.getAllOrderingBuyers()));
        assertEquals(0.6, day.getSilentOrderShare());
        assertEquals(22800, day.getCsSales().getAmountMinor());
        assertEquals("CNY", day.getCsSales().getCurrency());
        assertEquals(11400, day.getAverageOrderValue().getAmountMinor());

        ConversionFigures nextDay = byDay.getRows(1).getFigures();
        assertEquals(List.of(0L, 0L, 0L), counts(nextDay));
        assertEquals(List.of(0L, 1L), List.of(nextDay.getSilentOrderingBuyers(), nextDay.getAllOrderingBuyers()));
        ConversionFigures total = byDay.getTotal();
        assertEquals(List.of(4L, 3L, 2L), counts(total));
        assertEquals(List.of(3L, 6L), List.of(total.getSilentOrderingBuyers(), total.getAllOrderingBuyers()));

        List<ConversionRow> agents = report(Protos.SHOP_A_KEY, "shop-a", period(DAY, DAY), REPORT_GROUPING_DAY,
                REPORT_GROUPING_AGENT).getRowsList();
        assertEquals(List.of("", "alice", "bob"), agents.stream().map(ConversionRow::getAgentId).toList());
        assertEquals(List.of(true, false, false), agents.stream().map(ConversionRow::getBot).toList());
        assertTrue(agents.stream().allMatch(r -> r.getDay().equals(date(DAY))));
        assertEquals(List.of(2L, 1L, 0L), counts(agents.get(0).getFigures()));
        assertEquals(List.of(3L, 1L, 1L), counts(agents.get(1).getFigures()));
        assertEquals(12900, agents.get(1).getFigures().getCsSales().getAmountMinor());
        assertEquals(List.of(1L, 1L, 1L), counts(agents.get(2).getFigures()));
        assertEquals(9900, agents.get(2).getFigures().getCsSales().getAmountMinor());
        assertEquals(0, agents.get(1).getFigures().getAllOrderingBuyers());

        ConversionReport byAgent = report(Protos.SHOP_A_KEY, "shop-a", period(DAY, NEXT_DAY), REPORT_GROUPING_AGENT);
        assertEquals(agents.stream().map(ConversionRow::getFigures).toList(),
                byAgent.getRowsList().stream().map(ConversionRow::getFigures).toList());
        assertTrue(byAgent.getRowsList().stream().noneMatch(ConversionRow::hasDay));
        assertEquals(0, report(Protos.SHOP_A_KEY, "shop-a", period(DAY, NEXT_DAY)).getRowsCount());
    }

    @Test
    void whoeverRepliedInTheInquirysConversationServedIt() {
        // The conversation lasts days: a bot greeting before the buyer wrote, and dave's answer days later.
        publish(inquiry("rep-long-c1", 1, "shop-a", "rep-long-b1", "2026-02-15T10:00", bot("2026-02-13T09:00"),
                agent("dave", "2026-02-18T09:00")));

        List<ConversionRow> rows = report(Protos.SHOP_A_KEY, "shop-a", period("2026-02-15", "2026-02-15"),
                REPORT_GROUPING_AGENT).getRowsList();

        assertEquals(List.of("", "dave"), rows.stream().map(ConversionRow::getAgentId).toList());
        assertTrue(rows.stream().allMatch(r -> r.getFigures().getInquiringBuyers() == 1));
    }

    @Test
    void rowsByHourProductCategoryAndPlatformWithResponseTimes() {
        Duration eight = Duration.newBuilder().setSeconds(8).build();
        ResponseWait wait = ResponseWait.newBuilder().setCalendar(eight).setBusiness(eight).build();
        publish(inquiry("rep-dim-c1", 1, "shop-a", "rep-dim-b1", "2026-02-25T10:15",
                agent("alice", "2026-02-25T10:15:08"))
                .setMainCategory(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT).addItemIds("528690173109")
                .setHumanFirstResponse(wait)
                .addTurns(BuyerTurn.newBuilder().setStartedAt(Protos.ts("2026-02-25T10:15"))
                        .setAnsweredBy(Role.ROLE_AGENT).setWait(wait)));
        ingest(Protos.SHOP_A_KEY, "shop-a", created("rep-dim-o1", "rep-dim-b1", "2026-02-25T11:30", 5000),
                paid("rep-dim-o1", "rep-dim-b1", "2026-02-25T11:31"));
        DateRange day = period("2026-02-25", "2026-02-25");

        List<ConversionRow> hours = report(Protos.SHOP_A_KEY, "shop-a", day, ReportGrouping.REPORT_GROUPING_HOUR)
                .getRowsList();
        assertEquals(List.of(10, 11), hours.stream().map(ConversionRow::getHour).toList());
        assertEquals(List.of(1L, 1L, 1L), counts(hours.get(0).getFigures()));
        assertEquals(1, hours.get(1).getFigures().getAllOrderingBuyers());
        ConversionRow product = report(Protos.SHOP_A_KEY, "shop-a", day, ReportGrouping.REPORT_GROUPING_PRODUCT)
                .getRows(0);
        assertEquals("528690173109", product.getItemId());
        assertEquals(5000, product.getFigures().getCsSales().getAmountMinor());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, report(Protos.SHOP_A_KEY, "shop-a", day,
                ReportGrouping.REPORT_GROUPING_CATEGORY).getRows(0).getCategory());
        ConversionRow platform = report(Protos.SHOP_A_KEY, "shop-a", day, REPORT_GROUPING_DAY,
                ReportGrouping.REPORT_GROUPING_PLATFORM).getRows(0);
        assertEquals(List.of(Platform.PLATFORM_TAOBAO, date("2026-02-25")), List.of(platform.getPlatform(),
                platform.getDay()));

        WaitFigures firstResponse = report(Protos.SHOP_A_KEY, "shop-a", day).getTotal().getResponseTimes()
                .getHumanFirstResponse();
        assertEquals(1, firstResponse.getCount());
        assertEquals(List.of(eight, eight), List.of(firstResponse.getAverage(), firstResponse.getMedian()));
        assertEquals(List.of(0.0, 1.0), List.of(firstResponse.getShareWithinSixSeconds(),
                firstResponse.getShareWithinTenSeconds()));
        assertEquals(List.of(eight, Duration.newBuilder().setSeconds(9).build()), List.of(
                firstResponse.getDistribution(0).getFrom(), firstResponse.getDistribution(0).getTo()));
        // Rows carry their histograms only when asked: by day over months they would weigh megabytes.
        GetConversionReportRequest byDay = GetConversionReportRequest.newBuilder().setShopId("shop-a").setPeriod(day)
                .addGroupBy(REPORT_GROUPING_DAY).build();
        assertEquals(0, ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(byDay).getReport().getRows(0)
                .getFigures().getResponseTimes().getHumanFirstResponse().getDistributionCount());
        assertEquals(firstResponse.getDistributionList(), ApiKeys.withKey(reports, Protos.SHOP_A_KEY)
                .getConversionReport(byDay.toBuilder().setRowDistributions(true).build()).getReport().getRows(0)
                .getFigures().getResponseTimes().getHumanFirstResponse().getDistributionList());
        assertInvalid("group_by", GetConversionReportRequest.newBuilder().setShopId("shop-a").setPeriod(day)
                .addGroupBy(REPORT_GROUPING_AGENT).addGroupBy(ReportGrouping.REPORT_GROUPING_HOUR));
    }

    @Test
    void aShopReadsOnlyItsOwnReport() {
        GetConversionReportRequest request = GetConversionReportRequest.newBuilder().setShopId("shop-a")
                .setPeriod(period(DAY, DAY)).build();

        StatusRuntimeException otherShop = assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(reports, Protos.SHOP_B_KEY).getConversionReport(request));
        assertEquals(Status.Code.PERMISSION_DENIED, otherShop.getStatus().getCode());
        StatusRuntimeException anonymous = assertThrows(StatusRuntimeException.class,
                () -> reports.getConversionReport(request));
        assertEquals(Status.Code.UNAUTHENTICATED, anonymous.getStatus().getCode());
    }

    @Test
    void aShopCountsItsDaysInItsOwnZoneAndWindow() {
        // shop-b: America/Los_Angeles, window 2 days. 2026-02-20 10:00 in Los Angeles is 2026-02-21 02:00 here.
        publish(inquiry("rep-la-c1", 1, "shop-b", "rep-la-b1", "2026-02-21T02:00"),
                inquiry("rep-la-c2", 1, "shop-b", "rep-la-b2", "2026-02-21T02:00"));
        ingest(Protos.SHOP_B_KEY, "shop-b",
                created("rep-la-o1", "rep-la-b1", "2026-02-23T15:59", 100),  // 2026-02-22 23:59 in Los Angeles
                created("rep-la-o2", "rep-la-b2", "2026-02-23T16:01", 100)); // 2026-02-23 00:01 in Los Angeles

        ConversionReport report = report(Protos.SHOP_B_KEY, "shop-b", period("2026-02-20", "2026-02-20"));

        assertEquals("America/Los_Angeles", report.getTimeZone());
        assertEquals(List.of(2L, 1L, 0L), counts(report.getTotal()));
    }

    @Test
    void thePeriodAndGroupingAreChecked() {
        assertInvalid("period", GetConversionReportRequest.newBuilder().setShopId("shop-a"));
        assertInvalid("period.end", GetConversionReportRequest.newBuilder().setShopId("shop-a")
                .setPeriod(period("2026-02-10", "2026-02-09")));
        assertInvalid("period.end", GetConversionReportRequest.newBuilder().setShopId("shop-a")
                .setPeriod(period("2025-01-01", "2026-01-02")));
        assertInvalid("period.start", GetConversionReportRequest.newBuilder().setShopId("shop-a")
                .setPeriod(period("2026-02-10", "2026-02-10").toBuilder()
                        .setStart(date("2026-02-10").toBuilder().setDay(30).setMonth(2))));
        assertInvalid("period.end", GetConversionReportRequest.newBuilder().setShopId("shop-a")
                .setPeriod(period("2026-02-10", "2026-02-10").toBuilder().clearEnd()));
        assertInvalid("group_by[1]", GetConversionReportRequest.newBuilder().setShopId("shop-a")
                .setPeriod(period(DAY, DAY)).addGroupBy(REPORT_GROUPING_DAY)
                .addGroupBy(ReportGrouping.REPORT_GROUPING_UNSPECIFIED));
        // A leap year's 366 days are allowed; one more day is not (above).
        assertEquals(366, report(Protos.SHOP_A_KEY, "shop-a", period("2028-01-01", "2028-12-31"), REPORT_GROUPING_DAY)
                .getRowsCount());
    }

    private void assertInvalid(String field, GetConversionReportRequest.Builder request) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(reports, Protos.SHOP_A_KEY).getConversionReport(request.build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith(field + ": "), e.getStatus().getDescription());
    }
}
