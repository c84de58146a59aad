package io.zhuanhua.scripts.grpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessRequest;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessResponse;
import io.zhuanhua.proto.metrics.v1.ScriptEffectiveness;
import io.zhuanhua.proto.metrics.v1.ScriptEffectivenessService;

/**
 * Stands in for metrics-service in @QuarkusTests: the "metrics" client reaches the test server when no port is
 * configured. A test sets the figures of its own fresh shop; a shop without figures answers UNAVAILABLE, like a
 * metrics-service that is down.
 */
@GrpcService
public class FakeScriptEffectiveness implements ScriptEffectivenessService {
    static final Map<String, List<ScriptEffectiveness>> FIGURES = new ConcurrentHashMap<>();

    @Override
    public Uni<GetScriptEffectivenessResponse> getScriptEffectiveness(GetScriptEffectivenessRequest request) {
        List<ScriptEffectiveness> figures = FIGURES.get(request.getShopId());
        if (figures == null) {
            return Uni.createFrom().failure(io.grpc.Status.UNAVAILABLE.asRuntimeException());
        }
        return Uni.createFrom().item(GetScriptEffectivenessResponse.newBuilder().addAllScripts(figures).build());
    }
}
