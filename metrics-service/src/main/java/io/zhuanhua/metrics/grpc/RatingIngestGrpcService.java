package io.zhuanhua.metrics.grpc;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.kit.ingest.IngestGate;
import io.zhuanhua.metrics.dsr.Rating;
import io.zhuanhua.metrics.dsr.RatingIngest;
import io.zhuanhua.proto.metrics.v1.IngestRatingsRequest;
import io.zhuanhua.proto.metrics.v1.IngestRatingsResponse;
import io.zhuanhua.proto.metrics.v1.RatingIngestService;

@GrpcService
public class RatingIngestGrpcService implements RatingIngestService {
    private final RatingIngest ingest;
    private final IngestGate gate;

    public RatingIngestGrpcService(RatingIngest ingest, IngestGate gate) {
        this.ingest = ingest;
        this.gate = gate;
    }

    @Override
    @Blocking
    public Uni<IngestRatingsResponse> ingestRatings(IngestRatingsRequest request) {
        return Rpc.call(() -> {
            ProtoValues.requireBatchSize(request.getRatingsCount(), "ratings");
            // Every rating is checked before anything is written.
            List<Rating> ratings = gate.checked(request.getRatingsCount(), () -> {
                List<Rating> checked = new ArrayList<>(request.getRatingsCount());
                for (int i = 0; i < request.getRatingsCount(); i++) {
                    checked.add(DsrMapper.toDomain(request.getRatings(i), "ratings[" + i + "]"));
                }
                return checked;
            });
            gate.admit(request.getShopId(), ratings.size());
            IngestRatingsResponse.Builder response = IngestRatingsResponse.newBuilder();
            gate.counted(ingest.ingest(request.getShopId(), ratings))
                    .forEach(outcome -> response.addOutcomes(DsrMapper.toProto(outcome)));
            return response.build();
        });
    }
}
