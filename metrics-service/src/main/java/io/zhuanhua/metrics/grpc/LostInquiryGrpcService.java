package io.zhuanhua.metrics.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.metrics.lost.LostInquiries;
import io.zhuanhua.proto.metrics.v1.GetLostInquirySummaryRequest;
import io.zhuanhua.proto.metrics.v1.GetLostInquirySummaryResponse;
import io.zhuanhua.proto.metrics.v1.ListLostInquiriesRequest;
import io.zhuanhua.proto.metrics.v1.ListLostInquiriesResponse;
import io.zhuanhua.proto.metrics.v1.LostInquiryService;

@GrpcService
public class LostInquiryGrpcService implements LostInquiryService {
    private final LostInquiries lost;

    public LostInquiryGrpcService(LostInquiries lost) {
        this.lost = lost;
    }

    @Override
    @Blocking
    public Uni<GetLostInquirySummaryResponse> getLostInquirySummary(GetLostInquirySummaryRequest request) {
        return Rpc.call(() -> LostInquiryMapper.toProto(lost.summary(request.getShopId(),
                ProtoValues.period(request.hasPeriod(), request.getPeriod()))));
    }

    @Override
    @Blocking
    public Uni<ListLostInquiriesResponse> listLostInquiries(ListLostInquiriesRequest request) {
        return Rpc.call(() -> LostInquiryMapper.toProto(lost.list(request.getShopId(),
                ProtoValues.period(request.hasPeriod(), request.getPeriod()), LostInquiryMapper.filter(request),
                LostInquiryMapper.after(request.getPageToken()), LostInquiryMapper.pageSize(request.getPageSize()))));
    }
}
