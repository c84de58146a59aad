package io.zhuanhua.metrics.inquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.protobuf.InvalidProtocolBufferException;

import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;

/**
 * Reads the analysis facts out of the snapshot chat-service sent (consultation.facts, a metrics.v1
 * Consultation), which metrics-service stored after checking it. Codes this build does not know are skipped.
 */
public final class StoredConversationFacts {

    private StoredConversationFacts() {
    }

    /**
     * @param facts     the stored snapshot; null for a conversation stored before snapshots were kept
     * @param scriptIds the reply scripts sent in the conversation (consultation_reply.script_id)
     */
    public static ConversationFacts read(String conversationId, Instant firstBuyerMessageAt, byte[] facts,
            Set<String> scriptIds) {
        if (facts == null) {
            return ConversationFacts.none(conversationId, firstBuyerMessageAt);
        }
        Consultation c;
        try {
            c = Consultation.parseFrom(facts);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored facts of conversation " + conversationId + " are unreadable", e);
        }
        List<Category> categories = c.getCategoriesList().stream()
                .flatMap(q -> Category.ofNumber(q.getNumber()).stream()).toList();
        List<LossEvidence> evidence = new ArrayList<>();
        for (io.zhuanhua.proto.common.v1.LossEvidence e : c.getLossEvidenceList()) {
            LossSignal.ofNumber(e.getSignalValue()).ifPresent(signal -> evidence.add(new LossEvidence(signal,
                    e.getBuyerQuote(), e.getReplyQuote(), e.getDetail(),
                    e.hasAt() ? ProtoTime.instant(e.getAt(), "loss_evidence.at") : null, conversationId)));
        }
        Optional<AgentWait> firstHuman = c.hasHumanFirstResponse()
                ? agentReplyFrom(c, firstBuyerMessageAt).map(agent -> wait(agent, c.getHumanFirstResponse()))
                : Optional.empty();
        List<AgentWait> turns = new ArrayList<>();
        for (BuyerTurn turn : c.getTurnsList()) {
            if (turn.getAnsweredBy() == Role.ROLE_AGENT && turn.hasWait() && turn.hasStartedAt()) {
                agentReplyFrom(c, ProtoTime.instant(turn.getStartedAt(), "turns.started_at"))
                        .ifPresent(agent -> turns.add(wait(agent, turn.getWait())));
            }
        }
        return new ConversationFacts(conversationId, firstBuyerMessageAt, categories, c.getItemIdsList(), evidence,
                firstHuman, turns, scriptIds);
    }

    /** The agent of the first human reply at or after the instant: the one who ended a wait starting then. */
    private static Optional<String> agentReplyFrom(Consultation c, Instant from) {
        return c.getRepliesList().stream().filter(r -> r.getRole() == Role.ROLE_AGENT && r.hasSentAt())
                .map(r -> Map.entry(ProtoTime.instant(r.getSentAt(), "replies.sent_at"), r.getAgentId()))
                .filter(r -> !r.getKey().isBefore(from)).min(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    private static AgentWait wait(String agentId, ResponseWait wait) {
        return new AgentWait(agentId, ProtoTime.duration(wait.getCalendar()), ProtoTime.duration(wait.getBusiness()));
    }
}
