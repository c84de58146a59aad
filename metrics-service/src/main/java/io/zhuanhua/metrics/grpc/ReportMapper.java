package io.zhuanhua.metrics.grpc;

import java.util.EnumSet;
import java.util.Set;

import com.google.protobuf.Duration;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.conversion.BotFigures;
import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.ReportGrouping;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ReportRow;
import io.zhuanhua.metrics.conversion.ResponseFigures;
import io.zhuanhua.metrics.conversion.RowKey;
import io.zhuanhua.metrics.conversion.WaitStats;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.ConversionRow;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.ResponseTimeFigures;
import io.zhuanhua.proto.metrics.v1.WaitBucket;
import io.zhuanhua.proto.metrics.v1.WaitFigures;

/** Maps report requests and reports between proto and domain. */
final class ReportMapper {

    private ReportMapper() {
    }

    static ReportPeriod period(GetConversionReportRequest request) {
        return ProtoValues.period(request.hasPeriod(), request.getPeriod());
    }

    static Set<ReportGrouping> groupBy(GetConversionReportRequest request) {
        Set<ReportGrouping> groupBy = EnumSet.noneOf(ReportGrouping.class);
        for (int i = 0; i < request.getGroupByCount(); i++) {
            groupBy.add(switch (request.getGroupBy(i)) {
                case REPORT_GROUPING_DAY -> ReportGrouping.DAY;
                case REPORT_GROUPING_AGENT -> ReportGrouping.AGENT;
                case REPORT_GROUPING_HOUR -> ReportGrouping.HOUR;
                case REPORT_GROUPING_PRODUCT -> ReportGrouping.PRODUCT;
                case REPORT_GROUPING_CATEGORY -> ReportGrouping.CATEGORY;
                case REPORT_GROUPING_PLATFORM -> ReportGrouping.PLATFORM;
                default -> throw new InvalidFieldException("group_by[" + i + "]", "must be a REPORT_GROUPING value");
            });
        }
        ReportGrouping.dimensionOf(groupBy);
        return groupBy;
    }

    /** @param rowDistributions whether rows carry their wait histograms too (the total always does) */
    static io.zhuanhua.proto.metrics.v1.ConversionReport toProto(ConversionReport report, boolean rowDistributions) {
        io.zhuanhua.proto.metrics.v1.ConversionReport.Builder proto = io.zhuanhua.proto.metrics.v1.ConversionReport
                .newBuilder()
                .setShopId(report.shopId())
                .setPeriod(ProtoValues.toProto(report.period()))
                .setTimeZone(report.zone().getId())
                .setTotal(toProto(report.total(), report.currency(), true));
        for (ReportRow row : report.rows()) {
            ConversionRow.Builder protoRow = ConversionRow.newBuilder()
                    .setFigures(toProto(row.figures(), report.currency(), rowDistributions));
            if (row.day() != null) {
                protoRow.setDay(ProtoValues.toProto(row.day()));
            }
            if (row.key() != null) {
                key(protoRow, row.key());
            }
            proto.addRows(protoRow);
        }
        return proto.build();
    }

    private static void key(ConversionRow.Builder row, RowKey key) {
        switch (key.dimension()) {
            case AGENT -> row.setAgentId(key.party().agentId()).setBot(key.party().bot());
            case HOUR -> row.setHour(key.hour());
            case PRODUCT -> row.setItemId(key.key());
            case CATEGORY -> row.setCategory(QuestionCategory.valueOf(ProtoValues.CATEGORY_PREFIX + key.key()));
            case PLATFORM -> row.setPlatform(Platform.valueOf(ProtoValues.PLATFORM_PREFIX + key.key()));
            case SHOP -> {
                // the day alone identifies a shop row
            }
        }
    }

    private static ResponseTimeFigures toProto(ResponseFigures r, boolean distributions) {
        return ResponseTimeFigures.newBuilder()
                .setHumanFirstResponse(toProto(r.humanFirst(), distributions))
                .setHumanFirstResponseBusiness(toProto(r.humanFirstBusiness(), distributions))
                .setBotFirstResponse(toProto(r.botFirst(), distributions))
                .setBotFirstResponseBusiness(toProto(r.botFirstBusiness(), distributions))
                .setTurn(toProto(r.turns(), distributions))
                .setTurnBusiness(toProto(r.turnsBusiness(), distributions))
                .setUnansweredTurns(r.unansweredTurns())
                .setMessagedBuyers(r.messagedBuyers())
                .setRepliedBuyers(r.repliedBuyers())
                .setReplyRate(r.replyRate())
                .build();
    }

    private static WaitFigures toProto(WaitStats w, boolean distribution) {
        WaitFigures.Builder proto = WaitFigures.newBuilder().setCount(w.count())
                .setAverage(duration(w.averageMillis())).setMedian(duration(w.medianMillis()))
                .setP90(duration(w.p90Millis())).setShareWithinSixSeconds(w.shareWithinSixSeconds())
                .setShareWithinTenSeconds(w.shareWithinTenSeconds()).setLongest(duration(w.longestMillis()));
        if (distribution) {
            long[] buckets = w.buckets();
            for (int i = 0; i < buckets.length; i++) {
                if (buckets[i] > 0) {
                    WaitBucket.Builder bucket = WaitBucket.newBuilder().setFrom(duration(WaitStats.bucketFromMillis(i)))
                            .setCount(buckets[i]);
                    if (WaitStats.bucketToMillis(i) >= 0) {
                        bucket.setTo(duration(WaitStats.bucketToMillis(i)));
                    }
                    proto.addDistribution(bucket);
                }
            }
        }
        return proto.build();
    }

    private static io.zhuanhua.proto.metrics.v1.BotFigures toProto(BotFigures b) {
        return io.zhuanhua.proto.metrics.v1.BotFigures.newBuilder()
                .setBotConversations(b.botConversations())
                .setBotOnlyConversations(b.botOnlyConversations())
                .setTransferredConversations(b.transferredConversations())
                .setTransferRate(b.transferRate())
                .setBotOnlyInquiries(b.botOnlyInquiries())
                .setBotOnlyOrderingBuyers(b.botOnlyOrderingBuyers())
                .setBotOnlyConversion(b.botOnlyConversion())
                .setTransferredInquiries(b.transferredInquiries())
                .setTransferredOrderingBuyers(b.transferredOrderingBuyers())
                .setTransferredConversion(b.transferredConversion())
                .build();
    }

    private static Duration duration(long millis) {
        return Duration.newBuilder().setSeconds(millis / 1000).setNanos((int) (millis % 1000) * 1_000_000).build();
    }

    static io.zhuanhua.proto.metrics.v1.ConversionFigures toProto(ConversionFigures figures, String currency,
            boolean distributions) {
        return io.zhuanhua.proto.metrics.v1.ConversionFigures.newBuilder()
                .setInquiringBuyers(figures.inquiringBuyers())
                .setOrderingBuyers(figures.orderingBuyers())
                .setPayingBuyers(figures.payingBuyers())
                .setConsultationConversion(figures.consultationConversion())
                .setPaymentConversion(figures.paymentConversion())
                .setFinalConversion(figures.finalConversion())
                .setSilentOrderingBuyers(figures.silentOrderingBuyers())
                .setAllOrderingBuyers(figures.allOrderingBuyers())
                .setSilentOrderShare(figures.silentOrderShare())
                .setCsSales(ProtoValues.toProto(figures.csSalesMinor(), currency))
                .setAverageOrderValue(ProtoValues.toProto(figures.averageOrderValueMinor(), currency))
                .setRefunds(figures.refunds())
                .setRefundedAmount(ProtoValues.toProto(figures.refundedMinor(), currency))
                .setResponseTimes(toProto(figures.response(), distributions))
                .setBot(toProto(figures.bot()))
                .build();
    }
}
