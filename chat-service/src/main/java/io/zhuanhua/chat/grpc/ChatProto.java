package io.zhuanhua.chat.grpc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.InvalidProtocolBufferException;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.chat.store.ChatStore;
import io.zhuanhua.chat.store.StoredConversation;
import io.zhuanhua.chat.store.StoredMessage;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.chat.v1.Attachment;
import io.zhuanhua.proto.chat.v1.AttachmentKind;
import io.zhuanhua.proto.chat.v1.ChatMessage;
import io.zhuanhua.proto.chat.v1.Conversation;
import io.zhuanhua.proto.chat.v1.MessagePosted;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.RiskFinding;
import io.zhuanhua.proto.common.v1.RiskType;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;

/** Maps between the chat contract and the domain. Unset enums become null for the domain rules to name. */
final class ChatProto {
    private ChatProto() {
    }

    static ChatEvent toDomain(io.zhuanhua.proto.chat.v1.ChatEvent e) {
        Platform platform = platform(e.getPlatform());
        // An empty key is the buyer's one thread with the shop (contract).
        String thread = e.getConversationKey().isEmpty() ? e.getBuyerId() : e.getConversationKey();
        Instant at = e.hasOccurredAt() ? ProtoTime.instant(e.getOccurredAt(), "occurred_at") : null;
        return switch (e.getKindCase()) {
            case MESSAGE_POSTED -> {
                MessagePosted m = e.getMessagePosted();
                List<ChatEvent.Attachment> attachments = attachments(m.getAttachmentsList());
                yield new ChatEvent.Message(e.getEventId(), platform, thread, e.getBuyerId(), at,
                        sender(m.getSenderRole()), m.getAgentId(), m.getText(), attachments, m.getItemId(),
                        m.getAfterSale(), m.getScriptId());
            }
            case TRANSFERRED_TO_HUMAN -> new ChatEvent.Mark(e.getEventId(), platform, thread, e.getBuyerId(), at,
                    ChatEvent.MarkKind.TRANSFER_TO_HUMAN, e.getTransferredToHuman().getAgentId());
            case CONVERSATION_CLOSED -> new ChatEvent.Mark(e.getEventId(), platform, thread, e.getBuyerId(), at,
                    ChatEvent.MarkKind.CLOSE, "");
            case KIND_NOT_SET -> throw new InvalidFieldException("kind",
                    "one of message_posted, transferred_to_human, conversation_closed is required");
        };
    }

    static Conversation toProto(StoredConversation c, List<StoredMessage> messages, MessageScreening screening) {
        Conversation.Builder b = Conversation.newBuilder().setConversationId(c.id.toString())
                .setPlatform(io.zhuanhua.proto.common.v1.Platform.valueOf("PLATFORM_" + c.platform))
                .setConversationKey(c.threadKey).setBuyerId(c.buyerId).setStartedAt(ProtoTime.timestamp(c.startedAt))
                .setLastMessageAt(ProtoTime.timestamp(c.lastMessageAt)).setInquiry(c.inquiry).addAllAgentIds(c.agentIdList())
                .setBotReplied(c.botReplied).setMessageCount(c.messageCount).setClosed(c.closed);
        if (c.firstBuyerMessageAt != null) {
            b.setFirstBuyerMessageAt(ProtoTime.timestamp(c.firstBuyerMessageAt));
        }
        if (c.mainCategory != null) {
            b.setMainCategory(QuestionCategory.valueOf("QUESTION_CATEGORY_" + c.mainCategory));
        }
        if (c.transferredAt != null) {
            b.setTransferredAt(ProtoTime.timestamp(c.transferredAt));
        }
        if (c.botFirstResponseMs != null) {
            b.setBotFirstResponse(duration(c.botFirstResponseMs));
        }
        if (c.humanFirstResponseMs != null) {
            b.setHumanFirstResponse(duration(c.humanFirstResponseMs));
        }
        if (c.snapshot != null) {
            Consultation analysis = snapshot(c.snapshot);
            b.setHumanRequested(analysis.getHumanRequested())
                    .setHumanRequestUnanswered(analysis.getHumanRequestUnanswered())
                    .setUnansweredTurns((int) analysis.getTurnsList().stream().filter(t -> !t.hasWait()).count());
            if (analysis.hasHumanFirstResponse()) {
                b.setHumanFirstResponseBusiness(analysis.getHumanFirstResponse().getBusiness());
            }
            if (!messages.isEmpty()) {
                b.addAllTurns(analysis.getTurnsList()).addAllLossEvidence(analysis.getLossEvidenceList())
                        .setCustomer(analysis.getCustomer());
            }
        }
        for (StoredMessage m : messages) {
            ChatMessage.Builder mb = ChatMessage.newBuilder().setMessageId(m.eventId)
                    .setSenderRole(Role.valueOf("ROLE_" + m.sender)).setAgentId(m.agentId)
                    .setSentAt(ProtoTime.timestamp(m.sentAt)).setText(m.body).setItemId(m.itemId)
                    .setAttachmentCount(m.attachmentKinds.isBlank() ? 0 : m.attachmentKinds.split(" ").length);
            mb.addAllCategories(categories(ChatStore.categories(m)));
            Sender sender = Sender.valueOf(m.sender);
            for (Risk r : ChatStore.risks(m)) {
                mb.addRisks(risk(r, screening.instruction(r.type(), sender)));
            }
            b.addMessages(mb);
        }
        return b.build();
    }

    static List<io.zhuanhua.proto.common.v1.CategoryScore> categories(List<CategoryScore> scores) {
        return scores.stream().map(s -> io.zhuanhua.proto.common.v1.CategoryScore.newBuilder()
                .setCategory(category(s.category())).setConfidence((float) s.confidence()).build()).toList();
    }

    static RiskFinding risk(Risk r, String instruction) {
        return RiskFinding.newBuilder().setType(RiskType.valueOf("RISK_TYPE_" + r.type().name())).setStart(r.start())
                .setEnd(r.end()).setEvidence(r.evidence()).setInstruction(instruction).build();
    }

    static QuestionCategory category(Category c) {
        return QuestionCategory.forNumber(c.number());
    }

    /** Null for UNSPECIFIED; callers reject UNRECOGNIZED before. */
    static Category category(QuestionCategory c) {
        return c == QuestionCategory.UNRECOGNIZED ? null : Category.ofNumber(c.getNumber()).orElse(null);
    }

    private static com.google.protobuf.Duration duration(long millis) {
        return ProtoTime.duration(Duration.ofMillis(millis));
    }

    private static Consultation snapshot(byte[] stored) {
        try {
            return Consultation.parseFrom(stored);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored conversation snapshot is unreadable", e);
        }
    }

    static Platform platform(io.zhuanhua.proto.common.v1.Platform p) {
        return switch (p) {
            case PLATFORM_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> Platform.valueOf(p.name().substring("PLATFORM_".length()));
        };
    }

    private static Sender sender(Role r) {
        return switch (r) {
            case ROLE_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> Sender.valueOf(r.name().substring("ROLE_".length()));
        };
    }

    static List<ChatEvent.Attachment> attachments(List<Attachment> protos) {
        List<ChatEvent.Attachment> attachments = new ArrayList<>(protos.size());
        for (Attachment a : protos) {
            attachments.add(new ChatEvent.Attachment(attachmentKind(a.getKind()), a.getName()));
        }
        return attachments;
    }

    private static ChatEvent.AttachmentKind attachmentKind(AttachmentKind k) {
        return switch (k) {
            case ATTACHMENT_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> ChatEvent.AttachmentKind.valueOf(k.name().substring("ATTACHMENT_KIND_".length()));
        };
    }
}
