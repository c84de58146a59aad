package io.zhuanhua.metrics.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.metrics.dsr.DsrReports;
import io.zhuanhua.proto.metrics.v1.DsrService;
import io.zhuanhua.proto.metrics.v1.GetDsrRequest;
import io.zhuanhua.proto.metrics.v1.GetDsrResponse;

@GrpcService
public class DsrGrpcService implements DsrService {
    private final DsrReports reports;

    public DsrGrpcService(DsrReports reports) {
        this.reports = reports;
    }

    @Override
    @Blocking
    public Uni<GetDsrResponse> getDsr(GetDsrRequest request) {
        return Rpc.call(() -> DsrMapper.toProto(
                reports.report(request.getShopId(), DsrMapper.asOf(request), DsrMapper.industry(request))));
    }
}
