package io.zhuanhua.metrics.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.rollup.RollupMarker;
import io.zhuanhua.metrics.rollup.ShopDay;

/**
 * Merges order events into stored orders. Events may come in any order and more than once; the stored
 * order only depends on the set of facts (first report of each fact wins, see {@link OrderEntity}).
 */
@ApplicationScoped
public class OrderIngest {
    private final OrderRepository orders;
    private final RollupMarker rollups;

    public OrderIngest(OrderRepository orders, RollupMarker rollups) {
        this.orders = orders;
        this.rollups = rollups;
    }

    /** All or nothing: a rejected event (field path under {@code events[i]}) rolls the whole batch back. */
    @Transactional
    public List<IngestOutcome> ingest(String shopId, List<OrderEvent> events) {
        // Lock the batch's orders in key order first, so that concurrent batches never deadlock. An order new
        // to the database is created with the buyer of its first event in the batch.
        Map<OrderKey, OrderEvent> firstEvents = new TreeMap<>();
        events.forEach(event -> firstEvents.putIfAbsent(OrderKey.of(event), event));
        Map<OrderKey, OrderEntity> locked = new HashMap<>();
        firstEvents.forEach((key, first) -> locked.put(key, lock(shopId, first)));
        List<IngestOutcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            try {
                outcomes.add(record(locked.get(OrderKey.of(events.get(i))), events.get(i)));
            } catch (InvalidFieldException e) {
                throw e.under("events[" + i + "]");
            }
        }
        markChanged(locked.values(), outcomes);
        return outcomes;
    }

    /** One event in its own transaction; a rejection names the field relative to the event. */
    @Transactional
    public IngestOutcome ingestOne(String shopId, OrderEvent event) {
        OrderEntity order = lock(shopId, event);
        IngestOutcome outcome = record(order, event);
        markChanged(List.of(order), List.of(outcome));
        return outcome;
    }

    /** The rollup days of the batch's orders are dirty unless every event was a duplicate. */
    private void markChanged(Collection<OrderEntity> changed, List<IngestOutcome> outcomes) {
        if (outcomes.contains(IngestOutcome.STORED)) {
            Set<ShopDay> touched = new HashSet<>();
            changed.forEach(order -> rollups.orderChanged(order, touched));
            rollups.mark(touched);
        }
    }

    /** An order within the shop. */
    private record OrderKey(String platform, String orderId) implements Comparable<OrderKey> {
        private static final Comparator<OrderKey> ORDER = Comparator.comparing(OrderKey::platform)
                .thenComparing(OrderKey::orderId);

        static OrderKey of(OrderEvent event) {
            return new OrderKey(event.platform(), event.orderId());
        }

        @Override
        public int compareTo(OrderKey other) {
            return ORDER.compare(this, other);
        }
    }

    private OrderEntity lock(String shopId, OrderEvent event) {
        return orders.lockOrCreate(shopId, event.platform(), event.orderId(), event.buyerId());
    }

    private IngestOutcome record(OrderEntity order, OrderEvent event) {
        if (!order.buyerId.equals(event.buyerId())) {
            throw new InvalidFieldException("buyer_id",
                    "order " + event.orderId() + " was reported for another buyer; an order has one buyer");
        }
        if (event.change() instanceof OrderChange.Refunded refunded) {
            return recordRefund(order, refunded, event.occurredAt());
        }
        return order.record(event.occurredAt(), event.change());
    }

    private IngestOutcome recordRefund(OrderEntity order, OrderChange.Refunded refunded, Instant refundedAt) {
        if (orders.hasRefund(order, refunded.refundId())) {
            return IngestOutcome.DUPLICATE;
        }
        OrderRefundEntity refund = new OrderRefundEntity();
        refund.order = order;
        refund.refundId = refunded.refundId();
        refund.amountMinor = refunded.amount().amountMinor();
        refund.currency = refunded.amount().currency();
        refund.refundedAt = refundedAt;
        refund.persist();
        return IngestOutcome.STORED;
    }
}
