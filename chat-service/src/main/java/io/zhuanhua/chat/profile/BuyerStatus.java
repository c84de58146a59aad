package io.zhuanhua.chat.profile;

/** Whether the buyer has paid an order at the shop before, from the order history only. */
public enum BuyerStatus {
    /** The history is known and holds no paid order. */
    FIRST_TIME,
    /** The history is known and holds at least one paid order. */
    RETURNING,
    /** No order history was given. */
    UNKNOWN;

    static BuyerStatus of(OrderHistory history) {
        if (!history.known()) {
            return UNKNOWN;
        }
        return history.paidOrders() > 0 ? RETURNING : FIRST_TIME;
    }
}
