package io.zhuanhua.importer.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhuanhua.importer.source.RejectedRecord;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.metrics.v1.OrderEvent;

class OrderRecordsTest {
    private final OrderRecords records = new OrderRecords(Optional.of(Platform.PLATFORM_JD), ZoneId.of("Asia/Shanghai"));

    private static SourceRecord record(String... pairs) {
        Map<String, String> fields = new HashMap<>(Map.of("order_id", "o1", "buyer_id", "jd_b",
                "time", "2026-11-20 10:05:00", "amount", "99.00"));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return new SourceRecord(2, fields);
    }

    @Test
    void aRowPerOrderWithAPaidTimeIsCreatedThenPaid() {
        List<OrderEvent> events = records.toEvents(record("paid_at", "2026-11-20 10:06:00", "item_id", "i1",
                "quantity", "2"));
        assertEquals(2, events.size());
        assertTrue(events.get(0).hasCreated());
        assertEquals(9900, events.get(0).getCreated().getAmount().getAmountMinor());
        assertEquals(2, events.get(0).getCreated().getLines(0).getQuantity());
        assertTrue(events.get(1).hasPaid());
        assertEquals(events.get(0).getOccurredAt().getSeconds() + 60, events.get(1).getOccurredAt().getSeconds());
    }

    @Test
    void eventRowsMapOneToOne() {
        assertEquals(1, records.toEvents(record()).size(), "unpaid order: created only");
        assertTrue(records.toEvents(record("event", "cancelled", "reason", "不想要了")).get(0).hasCancelled());
        OrderEvent refund = records.toEvents(record("event", "refunded", "refund_id", "r1", "amount", "10")).get(0);
        assertEquals(1000, refund.getRefunded().getAmount().getAmountMinor());
        assertEquals("refund_id", assertThrows(RejectedRecord.class,
                () -> records.toEvents(record("event", "refunded"))).field());
        assertEquals("quantity", assertThrows(RejectedRecord.class,
                () -> records.toEvents(record("item_id", "i1", "quantity", "两"))).field());
    }
}
