package io.zhuanhua.importer.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhuanhua.importer.source.RejectedRecord;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.chat.v1.AttachmentKind;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;

class ChatRecordsTest {
    private final ChatRecords records = new ChatRecords(Optional.of(Platform.PLATFORM_TAOBAO), ZoneId.of("Asia/Shanghai"));

    private static SourceRecord record(String... pairs) {
        Map<String, String> fields = new HashMap<>(Map.of("message_id", "m1", "buyer_id", "tb_a",
                "time", "2026-11-20 10:01:02", "sender", "买家"));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return new SourceRecord(3, fields);
    }

    @Test
    void aMessageRecordBecomesAMessageEvent() {
        ChatEvent event = records.toEvent(record("text", " 能便宜点吗 ", "item_id", "528690173109",
                "attachment_kind", "FILE", "attachment_name", "订单.xlsx", "script_id", "s-9"));
        assertEquals("m1", event.getEventId());
        assertEquals(Platform.PLATFORM_TAOBAO, event.getPlatform());
        assertEquals(1795140062L, event.getOccurredAt().getSeconds());
        assertEquals(Role.ROLE_BUYER, event.getMessagePosted().getSenderRole());
        assertEquals(" 能便宜点吗 ", event.getMessagePosted().getText(), "text is kept as written");
        assertEquals("528690173109", event.getMessagePosted().getItemId());
        assertEquals("s-9", event.getMessagePosted().getScriptId());
        assertEquals(AttachmentKind.ATTACHMENT_KIND_FILE, event.getMessagePosted().getAttachments(0).getKind());
    }

    @Test
    void transfersAndClosesHaveTheirOwnKind() {
        assertTrue(records.toEvent(record("event", "transfer", "agent_id", "小美")).hasTransferredToHuman());
        assertTrue(records.toEvent(record("event", "CLOSE")).hasConversationClosed());
    }

    @Test
    void unknownValuesAreRejectedWithTheirField() {
        assertEquals("sender", assertThrows(RejectedRecord.class, () -> records.toEvent(record("sender", "顾客"))).field());
        assertEquals("event", assertThrows(RejectedRecord.class, () -> records.toEvent(record("event", "typing"))).field());
        assertEquals("attachments[0].kind", assertThrows(RejectedRecord.class,
                () -> records.toEvent(record("attachments[0].kind", "gif"))).field());
        assertEquals("buyer_id", assertThrows(RejectedRecord.class,
                () -> records.toEvent(record("buyer_id", " "))).field());
    }
}
