package io.zhuanhua.metrics.grpc;

import java.util.HashSet;
import java.util.Set;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.metrics.script.ScriptEffectiveness;
import io.zhuanhua.metrics.script.ScriptEffectivenessReports;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessRequest;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessResponse;
import io.zhuanhua.proto.metrics.v1.ScriptEffectivenessService;

@GrpcService
public class ScriptEffectivenessGrpcService implements ScriptEffectivenessService {
    private final ScriptEffectivenessReports reports;

    public ScriptEffectivenessGrpcService(ScriptEffectivenessReports reports) {
        this.reports = reports;
    }

    @Override
    @Blocking
    public Uni<GetScriptEffectivenessResponse> getScriptEffectiveness(GetScriptEffectivenessRequest request) {
        return Rpc.call(() -> {
            var period = ProtoValues.period(request.hasPeriod(), request.getPeriod());
            Set<String> only = new HashSet<>();
            for (int i = 0; i < request.getScriptIdsCount(); i++) {
                only.add(ProtoValues.requiredId(request.getScriptIds(i), "script_ids[" + i + "]"));
            }
            GetScriptEffectivenessResponse.Builder response = GetScriptEffectivenessResponse.newBuilder();
            for (ScriptEffectiveness s : reports.report(request.getShopId(), period, only)) {
                response.addScripts(io.zhuanhua.proto.metrics.v1.ScriptEffectiveness.newBuilder()
                        .setScriptId(s.scriptId()).setInquiringBuyers(s.inquiringBuyers())
                        .setOrderingBuyers(s.orderingBuyers()).setPayingBuyers(s.payingBuyers())
                        .setConsultationConversion(s.consultationConversion()));
            }
            return response.build();
        });
    }
}
