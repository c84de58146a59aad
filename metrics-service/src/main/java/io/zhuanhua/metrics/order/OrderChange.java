package io.zhuanhua.metrics.order;

import java.util.List;

import io.zhuanhua.metrics.money.Money;

/** What happened to an order. */
public sealed interface OrderChange {

    /** The buyer placed the order. */
    record Created(Money amount, List<Line> lines) implements OrderChange {
        public Created {
            lines = List.copyOf(lines);
        }
    }

    /** One item of an order. @param skuId null when the item has no variants */
    record Line(String itemId, String skuId, int quantity) {
    }

    /** The buyer paid. @param amount null: the created order's amount */
    record Paid(Money amount) implements OrderChange {
    }

    /** The order was cancelled. @param reason empty when the platform gave none */
    record Cancelled(String reason) implements OrderChange {
    }

    /** Money was refunded; the refund id is unique per order. */
    record Refunded(String refundId, Money amount) implements OrderChange {
    }
}
