package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.util.Objects;

import io.zhuanhua.metrics.money.Money;

/**
 * An order as attribution sees it. Only created orders take part: an order without a creation time
 * has nowhere to count.
 *
 * @param key           identifies the order within the shop (platform and order id)
 * @param paidAt        null when not paid
 * @param cancelledAt   null when not cancelled
 * @param paidAmount    what the buyer paid; null when not paid
 * @param platform      platform code, e.g. "TAOBAO"; null when unknown
 * @param refunds       refunds of the order so far
 * @param refundedMinor their amount, in the paid amount's currency
 */
public record OrderFact(String key, String buyerId, Instant createdAt, Instant paidAt, Instant cancelledAt,
        Money paidAmount, String platform, int refunds, long refundedMinor) {

    public OrderFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (paidAt != null) {
            Objects.requireNonNull(paidAmount, "paidAmount");
        }
    }

    /** An order of no known platform without refunds. */
    public OrderFact(String key, String buyerId, Instant createdAt, Instant paidAt, Instant cancelledAt,
            Money paidAmount) {
        this(key, buyerId, createdAt, paidAt, cancelledAt, paidAmount, null, 0, 0);
    }

    /** Paid, whenever the payment came; an order cancelled before payment was ordered but not paid. */
    public boolean paid() {
        return paidAt != null && (cancelledAt == null || !cancelledAt.isBefore(paidAt));
    }
}
