package io.zhuanhua.metrics.order;

import jakarta.persistence.Embeddable;

/** One item of a stored order. */
@Embeddable
public class OrderLineValue {
    public String itemId;
    public String skuId;
    public int quantity;

    protected OrderLineValue() {
    }

    OrderLineValue(OrderChange.Line line) {
        this.itemId = line.itemId();
        this.skuId = line.skuId();
        this.quantity = line.quantity();
    }
}
