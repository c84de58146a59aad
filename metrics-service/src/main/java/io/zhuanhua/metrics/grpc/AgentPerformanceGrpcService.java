package io.zhuanhua.metrics.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.metrics.agent.AgentPerformance;
import io.zhuanhua.metrics.agent.AgentPerformanceReport;
import io.zhuanhua.metrics.agent.AgentPerformanceReports;
import io.zhuanhua.metrics.agent.BonusTier;
import io.zhuanhua.metrics.agent.ResponseTimes;
import io.zhuanhua.proto.metrics.v1.AgentPerformanceService;
import io.zhuanhua.proto.metrics.v1.GetAgentPerformanceRequest;
import io.zhuanhua.proto.metrics.v1.GetAgentPerformanceResponse;

@GrpcService
public class AgentPerformanceGrpcService implements AgentPerformanceService {
    private final AgentPerformanceReports reports;

    public AgentPerformanceGrpcService(AgentPerformanceReports reports) {
        this.reports = reports;
    }

    @Override
    @Blocking
    public Uni<GetAgentPerformanceResponse> getAgentPerformance(GetAgentPerformanceRequest request) {
        return Rpc.call(() -> toProto(reports.report(request.getShopId(),
                ProtoValues.period(request.hasPeriod(), request.getPeriod()))));
    }

    private static GetAgentPerformanceResponse toProto(AgentPerformanceReport report) {
        GetAgentPerformanceResponse.Builder proto = GetAgentPerformanceResponse.newBuilder();
        report.tiers().tiers().forEach(t -> proto.addBonusTiers(toProto(t, report.currency())));
        for (AgentPerformance agent : report.agents()) {
            io.zhuanhua.proto.metrics.v1.AgentPerformance.Builder row = io.zhuanhua.proto.metrics.v1.AgentPerformance
                    .newBuilder().setAgentId(agent.party().agentId()).setBot(agent.party().bot())
                    .setFigures(ReportMapper.toProto(agent.figures(), report.currency(), true))
                    .setFirstResponse(toProto(agent.firstResponse())).setTurnResponse(toProto(agent.turnResponse()))
                    .setLostInquiries(agent.lostInquiries());
            agent.tier().ifPresent(t -> row.setBonusTier(toProto(t, report.currency()))
                    .setBonus(ProtoValues.toProto(t.amountMinor(), report.currency())));
            proto.addAgents(row);
        }
        return proto.build();
    }

    private static io.zhuanhua.proto.metrics.v1.BonusTier toProto(BonusTier tier, String currency) {
        return io.zhuanhua.proto.metrics.v1.BonusTier.newBuilder()
                .setMinConsultationConversion(tier.minConversion().doubleValue())
                .setAmount(ProtoValues.toProto(tier.amountMinor(), currency)).build();
    }

    private static io.zhuanhua.proto.metrics.v1.ResponseTimes toProto(ResponseTimes times) {
        io.zhuanhua.proto.metrics.v1.ResponseTimes.Builder proto = io.zhuanhua.proto.metrics.v1.ResponseTimes
                .newBuilder().setCount(times.count());
        times.averageCalendar().ifPresent(d -> proto.setAverageCalendar(ProtoTime.duration(d)));
        times.averageBusiness().ifPresent(d -> proto.setAverageBusiness(ProtoTime.duration(d)));
        return proto.build();
    }
}
