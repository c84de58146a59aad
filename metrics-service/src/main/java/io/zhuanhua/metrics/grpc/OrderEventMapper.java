package io.zhuanhua.metrics.grpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.money.Money;
import io.zhuanhua.metrics.order.IngestOutcome;
import io.zhuanhua.metrics.order.OrderChange;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.metrics.v1.OrderCreated;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderLine;
import io.zhuanhua.proto.metrics.v1.OrderRefunded;

/** Checks an order event field by field while turning it into the domain's. */
final class OrderEventMapper {

    private OrderEventMapper() {
    }

    /** @param path the event's field path, e.g. "events[2]" */
    static io.zhuanhua.metrics.order.OrderEvent toDomain(OrderEvent event, String path) {
        String platform = ProtoValues.requiredPlatform(event.getPlatform(), path + ".platform");
        String orderId = ProtoValues.requiredId(event.getOrderId(), path + ".order_id");
        String buyerId = ProtoValues.requiredId(event.getBuyerId(), path + ".buyer_id");
        Instant occurredAt = ProtoValues.requiredTime(event.hasOccurredAt(), event.getOccurredAt(),
                path + ".occurred_at");
        return new io.zhuanhua.metrics.order.OrderEvent(platform, orderId, buyerId, occurredAt, changeOf(event, path));
    }

    private static OrderChange changeOf(OrderEvent event, String path) {
        switch (event.getKindCase()) {
            case CREATED:
                return created(event.getCreated(), path + ".created");
            case PAID:
                return new OrderChange.Paid(event.getPaid().hasAmount()
                        ? ProtoValues.amount(event.getPaid().getAmount(), path + ".paid.amount")
                        : null);
            case CANCELLED:
                return new OrderChange.Cancelled(event.getCancelled().getReason());
            case REFUNDED:
                return refunded(event.getRefunded(), path + ".refunded");
            default:
                throw new InvalidFieldException(path + ".kind", "one of created, paid, cancelled, refunded is required");
        }
    }

    private static OrderChange.Created created(OrderCreated created, String path) {
        if (!created.hasAmount()) {
            throw new InvalidFieldException(path + ".amount", "required");
        }
        Money amount = ProtoValues.amount(created.getAmount(), path + ".amount");
        List<OrderChange.Line> lines = new ArrayList<>(created.getLinesCount());
        for (int i = 0; i < created.getLinesCount(); i++) {
            OrderLine line = created.getLines(i);
            String linePath = path + ".lines[" + i + "]";
            if (line.getQuantity() < 1) {
                throw new InvalidFieldException(linePath + ".quantity", "must be at least 1");
            }
            lines.add(new OrderChange.Line(ProtoValues.requiredId(line.getItemId(), linePath + ".item_id"),
                    ProtoValues.optionalId(line.getSkuId(), linePath + ".sku_id"), line.getQuantity()));
        }
        return new OrderChange.Created(amount, lines);
    }

    private static OrderChange.Refunded refunded(OrderRefunded refunded, String path) {
        String refundId = ProtoValues.requiredId(refunded.getRefundId(), path + ".refund_id");
        if (!refunded.hasAmount()) {
            throw new InvalidFieldException(path + ".amount", "required");
        }
        Money amount = ProtoValues.amount(refunded.getAmount(), path + ".amount");
        if (amount.amountMinor() == 0) {
            throw new InvalidFieldException(path + ".amount.amount_minor", "must be positive");
        }
        return new OrderChange.Refunded(refundId, amount);
    }

    static EventOutcome toProto(IngestOutcome outcome) {
        return outcome == IngestOutcome.STORED ? EventOutcome.EVENT_OUTCOME_STORED : EventOutcome.EVENT_OUTCOME_DUPLICATE;
    }
}
