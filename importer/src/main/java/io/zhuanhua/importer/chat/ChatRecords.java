package io.zhuanhua.importer.chat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.zhuanhua.importer.source.FieldValues;
import io.zhuanhua.importer.source.RejectedRecord;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.chat.v1.Attachment;
import io.zhuanhua.proto.chat.v1.AttachmentKind;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ConversationClosed;
import io.zhuanhua.proto.chat.v1.MessagePosted;
import io.zhuanhua.proto.chat.v1.TransferredToHuman;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;

/**
 * Turns a chat export record into a ChatIngestService event. Only the file's shape is checked here (fields
 * present, times and names readable); what an event may contain is chat-service's to judge, and its
 * rejections come back through the summary with the same line numbers.
 */
public final class ChatRecords {
    private static final Map<String, Role> SENDERS = Map.ofEntries(
            Map.entry("buyer", Role.ROLE_BUYER), Map.entry("买家", Role.ROLE_BUYER), Map.entry("customer", Role.ROLE_BUYER),
            Map.entry("agent", Role.ROLE_AGENT), Map.entry("客服", Role.ROLE_AGENT), Map.entry("seller", Role.ROLE_AGENT),
            Map.entry("bot", Role.ROLE_BOT), Map.entry("机器人", Role.ROLE_BOT),
            Map.entry("system", Role.ROLE_SYSTEM), Map.entry("系统", Role.ROLE_SYSTEM));
    private static final Map<String, AttachmentKind> KINDS = Map.of(
            "image", AttachmentKind.ATTACHMENT_KIND_IMAGE, "video", AttachmentKind.ATTACHMENT_KIND_VIDEO,
            "file", AttachmentKind.ATTACHMENT_KIND_FILE, "item_card", AttachmentKind.ATTACHMENT_KIND_ITEM_CARD,
            "order_card", AttachmentKind.ATTACHMENT_KIND_ORDER_CARD);
    /** Attachments a record may carry: attachments[0..] in JSONL, the attachment_* columns in CSV. */
    private static final int MAX_ATTACHMENTS = 20;

    private final Optional<Platform> platform;
    private final ZoneId zone;

    /**
     * @param platform the platform of records that name none
     * @param zone     the shop's zone, for times written without an offset
     */
    public ChatRecords(Optional<Platform> platform, ZoneId zone) {
        this.platform = platform;
        this.zone = zone;
    }

    public ChatEvent toEvent(SourceRecord record) {
        String buyer = record.required("buyer_id");
        ChatEvent.Builder event = ChatEvent.newBuilder()
                .setEventId(record.required("message_id"))
                .setPlatform(FieldValues.platform(record, platform))
                .setConversationKey(record.optional("conversation_key").orElse(""))
                .setBuyerId(buyer)
                .setOccurredAt(FieldValues.time(record, "time", zone));
        String kind = record.optional("event").map(value -> value.toLowerCase(Locale.ROOT)).orElse("message");
        switch (kind) {
            case "message" -> event.setMessagePosted(message(record));
            case "transfer" -> event.setTransferredToHuman(TransferredToHuman.newBuilder()
                    .setAgentId(record.optional("agent_id").orElse("")));
            case "close" -> event.setConversationClosed(ConversationClosed.getDefaultInstance());
            default -> throw new RejectedRecord("event", "\"" + kind + "\" is not message, transfer or close");
        }
        return event.build();
    }

    private static MessagePosted message(SourceRecord record) {
        String sender = record.required("sender");
        Role role = SENDERS.get(sender.toLowerCase(Locale.ROOT));
        if (role == null) {
            throw new RejectedRecord("sender", "\"" + sender + "\" is not buyer, agent, bot or system");
        }
        MessagePosted.Builder message = MessagePosted.newBuilder()
                .setSenderRole(role)
                .setAgentId(record.optional("agent_id").orElse(""))
                .setText(record.raw("text"))
                .setItemId(record.optional("item_id").orElse(""))
                .setScriptId(record.optional("script_id").orElse(""))
                .setAfterSale(record.optional("after_sale").map(ChatRecords::yes).orElse(false));
        attachment(record, "attachment_").ifPresent(message::addAttachments);
        for (int i = 0; i < MAX_ATTACHMENTS; i++) {
            Optional<Attachment> attachment = attachment(record, "attachments[" + i + "].");
            if (attachment.isEmpty()) {
                break;
            }
            message.addAttachments(attachment.get());
        }
        return message.build();
    }

    private static Optional<Attachment> attachment(SourceRecord record, String prefix) {
        Optional<String> kind = record.optional(prefix + "kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        AttachmentKind known = KINDS.get(kind.get().toLowerCase(Locale.ROOT));
        if (known == null) {
            throw new RejectedRecord(prefix + "kind", "\"" + kind.get() + "\" is not one of " + KINDS.keySet());
        }
        Attachment.Builder attachment = Attachment.newBuilder().setKind(known)
                .setName(record.optional(prefix + "name").orElse(""))
                .setUrl(record.optional(prefix + "url").orElse(""));
        Optional<String> size = record.optional(prefix + "size_bytes");
        if (size.isPresent()) {
            try {
                attachment.setSizeBytes(Long.parseLong(size.get()));
            } catch (NumberFormatException e) {
                throw new RejectedRecord(prefix + "size_bytes", "not a whole number");
            }
        }
        return Optional.of(attachment.build());
    }

    private static boolean yes(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default -> throw new RejectedRecord("after_sale", "not true or false");
        };
    }
}
