package io.zhuanhua.metrics.grpc;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.metrics.conversion.ConversionReports;
import io.zhuanhua.proto.metrics.v1.GetConversionReportRequest;
import io.zhuanhua.proto.metrics.v1.GetConversionReportResponse;
import io.zhuanhua.proto.metrics.v1.ReportService;

@GrpcService
public class ReportGrpcService implements ReportService {
    private final ConversionReports reports;
    private final Timer latency;

    public ReportGrpcService(ConversionReports reports, MeterRegistry registry) {
        this.reports = reports;
        this.latency = Timer.builder("zhuanhua.report.latency").description("Time to compute a conversion report")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    @Blocking
    public Uni<GetConversionReportResponse> getConversionReport(GetConversionReportRequest request) {
        return Rpc.call(() -> latency.record(() -> GetConversionReportResponse.newBuilder()
                .setReport(ReportMapper.toProto(reports.report(request.getShopId(), ReportMapper.period(request),
                        ReportMapper.groupBy(request)), request.getRowDistributions()))
                .build()));
    }
}
