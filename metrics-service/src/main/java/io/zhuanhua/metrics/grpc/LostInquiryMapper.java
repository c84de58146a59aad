package io.zhuanhua.metrics.grpc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;
import io.zhuanhua.metrics.inquiry.LossEvidence;
import io.zhuanhua.metrics.lost.LostInquiry;
import io.zhuanhua.metrics.lost.LostInquiryFilter;
import io.zhuanhua.metrics.lost.LostInquiryPage;
import io.zhuanhua.metrics.lost.LostInquiryPage.Cursor;
import io.zhuanhua.metrics.lost.LostInquirySummary;
import io.zhuanhua.metrics.lost.LostInquirySummary.Count;
import io.zhuanhua.metrics.lost.Responder;
import io.zhuanhua.proto.metrics.v1.AgentLosses;
import io.zhuanhua.proto.metrics.v1.CourierDemand;
import io.zhuanhua.proto.metrics.v1.GetLostInquirySummaryResponse;
import io.zhuanhua.proto.metrics.v1.ListLostInquiriesRequest;
import io.zhuanhua.proto.metrics.v1.ListLostInquiriesResponse;
import io.zhuanhua.proto.metrics.v1.LostEvidence;
import io.zhuanhua.proto.metrics.v1.ReasonCount;
import io.zhuanhua.proto.metrics.v1.ResponsibleTeam;
import io.zhuanhua.proto.metrics.v1.StockDemand;
import io.zhuanhua.proto.metrics.v1.TeamCount;

/** Maps lost-inquiry requests and results between proto and domain. */
final class LostInquiryMapper {
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private LostInquiryMapper() {
    }

    static LostInquiryFilter filter(ListLostInquiriesRequest request) {
        Optional<Optional<LossSignal>> reason = Optional.empty();
        if (request.hasReason()) {
            reason = Optional.of(request.getReasonValue() == 0 ? Optional.empty()
                    : Optional.of(LossSignal.ofNumber(request.getReasonValue())
                            .orElseThrow(() -> new InvalidFieldException("reason", "not a known loss signal"))));
        }
        Optional<Team> team = Optional.empty();
        if (request.getTeamValue() != 0) {
            int n = request.getTeamValue();
            if (n < 1 || n > Team.values().length) {
                throw new InvalidFieldException("team", "not a known team");
            }
            team = Optional.of(Team.values()[n - 1]);
        }
        Optional<Responder> responder = Optional.empty();
        if (request.hasResponder()) {
            io.zhuanhua.proto.metrics.v1.Responder r = request.getResponder();
            if (r.getBot() && !r.getAgentId().isEmpty()) {
                throw new InvalidFieldException("responder.agent_id", "must be empty for the bot");
            }
            ProtoValues.optionalId(r.getAgentId(), "responder.agent_id"); // checks the length
            responder = Optional.of(new Responder(r.getAgentId(), r.getBot()));
        }
        return new LostInquiryFilter(reason, team, responder);
    }

    static int pageSize(int requested) {
        if (requested < 0 || requested > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("page_size", "must be between 0 and " + MAX_PAGE_SIZE);
        }
        return requested == 0 ? DEFAULT_PAGE_SIZE : requested;
    }

    /** Tokens are "seconds.nanos buyer" of the last inquiry shown, base64url: opaque to clients. */
    static Optional<Cursor> after(String token) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int space = decoded.indexOf(' ');
            int dot = decoded.indexOf('.');
            Instant at = Instant.ofEpochSecond(Long.parseLong(decoded.substring(0, dot)),
                    Long.parseLong(decoded.substring(dot + 1, space)));
            return Optional.of(new Cursor(at, decoded.substring(space + 1)));
        } catch (RuntimeException e) {
            throw new InvalidFieldException("page_token", "not a token of this list");
        }
    }

    static String token(Cursor cursor) {
        String plain = cursor.firstBuyerMessageAt().getEpochSecond() + "." + cursor.firstBuyerMessageAt().getNano()
                + " " + cursor.buyerId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ListLostInquiriesResponse toProto(LostInquiryPage page) {
        ListLostInquiriesResponse.Builder response = ListLostInquiriesResponse.newBuilder().setTotal(page.total());
        page.lostInquiries().forEach(l -> response.addLostInquiries(toProto(l)));
        page.next().ifPresent(next -> response.setNextPageToken(token(next)));
        return response.build();
    }

    static io.zhuanhua.proto.metrics.v1.LostInquiry toProto(LostInquiry lost) {
        io.zhuanhua.proto.metrics.v1.LostInquiry.Builder proto = io.zhuanhua.proto.metrics.v1.LostInquiry.newBuilder()
                .setBuyerId(lost.buyerId()).setDay(ProtoValues.toProto(lost.day()))
                .setFirstBuyerMessageAt(ProtoTime.timestamp(lost.firstBuyerMessageAt()))
                .setReasonValue(reasonValue(lost.reason())).setTeam(team(lost.team()))
                .setResponder(toProto(lost.responder())).addAllAgentIds(lost.agentIds())
                .addAllConversationIds(lost.conversationIds());
        lost.evidence().forEach(e -> proto.addEvidence(toProto(e)));
        return proto.build();
    }

    private static LostEvidence toProto(LossEvidence e) {
        io.zhuanhua.proto.common.v1.LossEvidence.Builder evidence = io.zhuanhua.proto.common.v1.LossEvidence
                .newBuilder().setSignalValue(e.signal().number()).setBuyerQuote(e.buyerQuote())
                .setReplyQuote(e.replyQuote()).setDetail(e.detail());
        if (e.at() != null) {
            evidence.setAt(ProtoTime.timestamp(e.at()));
        }
        return LostEvidence.newBuilder().setEvidence(evidence).setConversationId(e.conversationId()).build();
    }

    static GetLostInquirySummaryResponse toProto(LostInquirySummary summary) {
        GetLostInquirySummaryResponse.Builder proto = GetLostInquirySummaryResponse.newBuilder()
                .setInquiringBuyers(summary.inquiringBuyers()).setLostInquiries(summary.lostInquiries())
                .setLossRate(summary.lossRate())
                .addAllReasons(reasons(summary.reasons(), summary.lostInquiries()));
        for (Count<Optional<Team>> t : summary.teams()) {
            proto.addTeams(TeamCount.newBuilder().setTeam(team(t.key())).setLostInquiries(t.lostInquiries())
                    .setShare(t.shareOf(summary.lostInquiries())));
        }
        for (LostInquirySummary.AgentLosses a : summary.agents()) {
            proto.addAgents(AgentLosses.newBuilder().setResponder(toProto(a.responder()))
                    .setLostInquiries(a.lostInquiries()).addAllReasons(reasons(a.reasons(), a.lostInquiries())));
        }
        summary.couriers().forEach(c -> proto.addCouriers(
                CourierDemand.newBuilder().setCourier(c.key()).setLostInquiries(c.lostInquiries())));
        summary.outOfStockItems().forEach(i -> proto.addOutOfStockItems(
                StockDemand.newBuilder().setItemId(i.key()).setLostInquiries(i.lostInquiries())));
        return proto.build();
    }

    private static List<ReasonCount> reasons(List<Count<Optional<LossSignal>>> reasons, long total) {
        return reasons.stream().map(r -> ReasonCount.newBuilder().setReasonValue(reasonValue(r.key()))
                .setTeam(team(r.key().map(LossSignal::team))).setLostInquiries(r.lostInquiries())
                .setShare(r.shareOf(total)).build()).toList();
    }

    private static int reasonValue(Optional<LossSignal> reason) {
        return reason.map(LossSignal::number).orElse(0);
    }

    private static ResponsibleTeam team(Optional<Team> team) {
        return team.map(t -> ResponsibleTeam.forNumber(t.ordinal() + 1)).orElse(ResponsibleTeam.RESPONSIBLE_TEAM_UNSPECIFIED);
    }

    private static io.zhuanhua.proto.metrics.v1.Responder toProto(Responder responder) {
        return io.zhuanhua.proto.metrics.v1.Responder.newBuilder().setAgentId(responder.agentId())
                .setBot(responder.bot()).build();
    }
}
