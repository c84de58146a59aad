package io.zhuanhua.metrics.grpc;

import java.util.EnumSet;
import java.util.Set;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.ReportGrouping;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ReportRow;
import io.zhuanhua.proto.metrics.v1.ConversionRow;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;

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
            switch (request.getGroupBy(i)) {
                case REPORT_GROUPING_DAY -> groupBy.add(ReportGrouping.DAY);
                case REPORT_GROUPING_AGENT -> groupBy.add(ReportGrouping.AGENT);
                default -> throw new InvalidFieldException("group_by[" + i + "]",
                        "must be REPORT_GROUPING_DAY or REPORT_GROUPING_AGENT");
            }
        }
        return groupBy;
    }

    static io.zhuanhua.proto.metrics.v1.ConversionReport toProto(ConversionReport report) {
        io.zhuanhua.proto.metrics.v1.ConversionReport.Builder proto = io.zhuanhua.proto.metrics.v1.ConversionReport
                .newBuilder()
                .setShopId(report.shopId())
                .setPeriod(ProtoValues.toProto(report.period()))
                .setTimeZone(report.zone().getId())
                .setTotal(toProto(report.total(), report.currency()));
        for (ReportRow row : report.rows()) {
            ConversionRow.Builder protoRow = ConversionRow.newBuilder()
                    .setFigures(toProto(row.figures(), report.currency()));
            if (row.day() != null) {
                protoRow.setDay(ProtoValues.toProto(row.day()));
            }
            if (row.party() != null) {
                protoRow.setAgentId(row.party().agentId()).setBot(row.party().bot());
            }
            proto.addRows(protoRow);
        }
        return proto.build();
    }

    static io.zhuanhua.proto.metrics.v1.ConversionFigures toProto(ConversionFigures figures, String currency) {
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
                .build();
    }
}
