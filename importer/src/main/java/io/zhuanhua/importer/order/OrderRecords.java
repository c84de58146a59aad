package io.zhuanhua.importer.order;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.zhuanhua.importer.source.FieldValues;
import io.zhuanhua.importer.source.RejectedRecord;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.metrics.v1.OrderCancelled;
import io.zhuanhua.proto.metrics.v1.OrderCreated;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderLine;
import io.zhuanhua.proto.metrics.v1.OrderPaid;
import io.zhuanhua.proto.metrics.v1.OrderRefunded;

/**
 * Turns an order-list record (one event of an order: created, paid, cancelled or refunded) into an
 * OrderIngestService event. An order list with one row per order and a paid time gives two events: pass
 * such files with {@code event} empty and both {@code time} and {@code paid_at} set.
 */
public final class OrderRecords {
    private final Optional<Platform> platform;
    private final ZoneId zone;

    public OrderRecords(Optional<Platform> platform, ZoneId zone) {
        this.platform = platform;
        this.zone = zone;
    }

    /** The record's events: one, or created plus paid for a one-row-per-order list. */
    public List<OrderEvent> toEvents(SourceRecord record) {
        OrderEvent.Builder base = OrderEvent.newBuilder()
                .setPlatform(FieldValues.platform(record, platform))
                .setOrderId(record.required("order_id"))
                .setBuyerId(record.required("buyer_id"));
        Optional<String> kind = record.optional("event").map(value -> value.toLowerCase(Locale.ROOT));
        if (kind.isEmpty()) {
            OrderEvent created = base.clone().setOccurredAt(FieldValues.time(record, "time", zone))
                    .setCreated(created(record)).build();
            if (record.optional("paid_at").isEmpty()) {
                return List.of(created);
            }
            OrderEvent paid = base.clone().setOccurredAt(FieldValues.time(record, "paid_at", zone))
                    .setPaid(OrderPaid.newBuilder().setAmount(FieldValues.money(record, "amount"))).build();
            return List.of(created, paid);
        }
        base.setOccurredAt(FieldValues.time(record, "time", zone));
        switch (kind.get()) {
            case "created" -> base.setCreated(created(record));
            case "paid" -> base.setPaid(OrderPaid.newBuilder().setAmount(FieldValues.money(record, "amount")));
            case "cancelled", "canceled" -> base.setCancelled(OrderCancelled.newBuilder()
                    .setReason(record.optional("reason").orElse("")));
            case "refunded" -> base.setRefunded(OrderRefunded.newBuilder()
                    .setRefundId(record.required("refund_id")).setAmount(FieldValues.money(record, "amount")));
            default -> throw new RejectedRecord("event",
                    "\"" + kind.get() + "\" is not created, paid, cancelled or refunded");
        }
        return List.of(base.build());
    }

    private static OrderCreated created(SourceRecord record) {
        OrderCreated.Builder created = OrderCreated.newBuilder().setAmount(FieldValues.money(record, "amount"));
        Optional<String> item = record.optional("item_id");
        if (item.isPresent()) {
            int quantity;
            try {
                quantity = record.optional("quantity").map(Integer::parseInt).orElse(1);
            } catch (NumberFormatException e) {
                throw new RejectedRecord("quantity", "not a whole number");
            }
            created.addLines(OrderLine.newBuilder().setItemId(item.get())
                    .setSkuId(record.optional("sku_id").orElse("")).setQuantity(quantity));
        }
        return created.build();
    }
}
