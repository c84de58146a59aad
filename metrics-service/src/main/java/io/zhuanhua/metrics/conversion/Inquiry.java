package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A buyer's inquiry of one shop-local day: all the buyer's pre-sale conversations whose first buyer
 * message falls on that day. It covers the orders created after its first buyer message and before its
 * window ends.
 */
public record Inquiry(String buyerId, LocalDate day, Instant firstBuyerMessageAt, Instant windowEnd,
        Set<String> conversationIds) {

    public Inquiry {
        conversationIds = Set.copyOf(conversationIds);
    }

    public boolean covers(OrderFact order) {
        return order.buyerId().equals(buyerId) && order.createdAt().isAfter(firstBuyerMessageAt)
                && order.createdAt().isBefore(windowEnd);
    }
}
