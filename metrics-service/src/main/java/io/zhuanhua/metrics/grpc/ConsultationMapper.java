package io.zhuanhua.metrics.grpc;

import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot.ReplierRole;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.Reply;

/** Checks a conversation snapshot field by field while turning it into the domain's. */
final class ConsultationMapper {
    private ConsultationMapper() {
    }

    /**
     * A tombstone needs only its id and version; a live snapshot also its shop and buyer, and replies with
     * a role (agent or bot), an agent id for agents, and a time.
     *
     * @param path the snapshot's field path, e.g. "consultations[2]"
     */
    static ConsultationSnapshot toDomain(Consultation c, String path) {
        String conversationId = ProtoValues.requiredId(c.getConversationId(), path + ".conversation_id");
        if (c.getVersion() <= 0) {
            throw new InvalidFieldException(path + ".version", "must be positive");
        }
        String shopId = c.getRemoved() ? ProtoValues.optionalId(c.getShopId(), path + ".shop_id")
                : ProtoValues.requiredId(c.getShopId(), path + ".shop_id");
        String buyerId = c.getRemoved() ? ProtoValues.optionalId(c.getBuyerId(), path + ".buyer_id")
                : ProtoValues.requiredId(c.getBuyerId(), path + ".buyer_id");
        List<ConsultationSnapshot.Reply> replies = new ArrayList<>(c.getRepliesCount());
        for (int i = 0; i < c.getRepliesCount(); i++) {
            replies.add(reply(c.getReplies(i), path + ".replies[" + i + "]"));
        }
        return new ConsultationSnapshot(conversationId, c.getVersion(), c.getRemoved(), shopId,
                ProtoValues.optionalPlatform(c.getPlatform()), buyerId,
                ProtoValues.optionalTime(c.hasFirstBuyerMessageAt(), c.getFirstBuyerMessageAt(),
                        path + ".first_buyer_message_at"),
                ProtoValues.optionalTime(c.hasLastMessageAt(), c.getLastMessageAt(), path + ".last_message_at"),
                c.getInquiry(), category(c.getMainCategory()), replies,
                ProtoValues.optionalTime(c.hasTransferredAt(), c.getTransferredAt(), path + ".transferred_at"),
                c.toByteArray());
    }

    private static ConsultationSnapshot.Reply reply(Reply reply, String path) {
        ReplierRole role = switch (reply.getRole()) {
            case ROLE_AGENT -> ReplierRole.AGENT;
            case ROLE_BOT -> ReplierRole.BOT;
            default -> throw new InvalidFieldException(path + ".role", "must be ROLE_AGENT or ROLE_BOT");
        };
        String agentId = role == ReplierRole.AGENT ? ProtoValues.requiredId(reply.getAgentId(), path + ".agent_id")
                : ProtoValues.optionalId(reply.getAgentId(), path + ".agent_id");
        return new ConsultationSnapshot.Reply(role, agentId,
                ProtoValues.requiredTime(reply.hasSentAt(), reply.getSentAt(), path + ".sent_at"),
                ProtoValues.optionalId(reply.getScriptId(), path + ".script_id"));
    }

    /** The category code, e.g. "SIZE_FIT", or null when not classified. */
    private static String category(QuestionCategory category) {
        return category == QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED || category == QuestionCategory.UNRECOGNIZED
                ? null
                : category.name().substring(ProtoValues.CATEGORY_PREFIX.length());
    }
}
