package io.zhuanhua.chat.profile;

import java.time.LocalDate;

/**
 * What the shop knows of a buyer's earlier orders, before the conversation being profiled.
 *
 * @param known false when no history was available ({@link #UNKNOWN}); the other fields are then 0 and null
 * @param paidOrders earlier paid orders at the shop
 * @param firstOrderDate the shop-local day of the first paid order; null when there is none or it is not known
 */
public record OrderHistory(boolean known, int paidOrders, LocalDate firstOrderDate) {

    /** No history available: the buyer may or may not have ordered before. */
    public static final OrderHistory UNKNOWN = new OrderHistory(false, 0, null);

    /** A known history without any paid order: a first-time buyer. */
    public static final OrderHistory NONE = new OrderHistory(true, 0, null);

    public OrderHistory {
        if (paidOrders < 0) {
            throw new IllegalArgumentException("paidOrders must not be negative: " + paidOrders);
        }
        if (!known && (paidOrders != 0 || firstOrderDate != null)) {
            throw new IllegalArgumentException("an unknown history has no orders");
        }
        if (paidOrders == 0 && firstOrderDate != null) {
            throw new IllegalArgumentException("a first order date needs a paid order");
        }
    }

    /** A known history. */
    public static OrderHistory of(int paidOrders, LocalDate firstOrderDate) {
        return new OrderHistory(true, paidOrders, firstOrderDate);
    }
}
