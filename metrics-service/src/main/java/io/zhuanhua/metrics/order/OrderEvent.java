package io.zhuanhua.metrics.order;

import java.time.Instant;

/**
 * A fact about an order reported by a platform integration.
 *
 * @param platform platform code, e.g. "TAOBAO"
 */
public record OrderEvent(String platform, String orderId, String buyerId, Instant occurredAt, OrderChange change) {
}
