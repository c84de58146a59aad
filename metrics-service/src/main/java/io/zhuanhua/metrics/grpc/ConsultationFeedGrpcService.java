package io.zhuanhua.metrics.grpc;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.metrics.consultation.ConsultationFeed;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedService;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsResponse;

/** Internal: the request has no shop_id, so the kit's interceptor admits only internal callers. */
@GrpcService
public class ConsultationFeedGrpcService implements ConsultationFeedService {
    private final ConsultationFeed feed;

    public ConsultationFeedGrpcService(ConsultationFeed feed) {
        this.feed = feed;
    }

    @Override
    @Blocking
    public Uni<PublishConsultationsResponse> publishConsultations(PublishConsultationsRequest request) {
        return Rpc.call(() -> {
            ProtoValues.requireBatchSize(request.getConsultationsCount(), "consultations");
            List<ConsultationSnapshot> snapshots = new ArrayList<>(request.getConsultationsCount());
            for (int i = 0; i < request.getConsultationsCount(); i++) {
                snapshots.add(ConsultationMapper.toDomain(request.getConsultations(i), "consultations[" + i + "]"));
            }
            ConsultationFeed.Result result = feed.publish(snapshots);
            return PublishConsultationsResponse.newBuilder().setApplied(result.applied()).setStale(result.stale())
                    .build();
        });
    }
}
