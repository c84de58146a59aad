package io.zhuanhua.metrics.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.metrics.money.Money;

/** How an order's facts merge, whatever their arrival order. */
class OrderEntityTest {
    private static final Instant CREATED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant PAID = Instant.parse("2026-03-02T02:05:00Z");
    private static final OrderChange.Created CREATE = new OrderChange.Created(Money.of(12900, ""),
            List.of(new OrderChange.Line("item-1", "红色-XL", 2)));

    private final OrderEntity order = new OrderEntity();

    @Test
    void eachFactIsStoredOnceAndTheFirstReportWins() {
        assertEquals(IngestOutcome.STORED, order.record(CREATED, CREATE));
        assertEquals(IngestOutcome.DUPLICATE, order.record(CREATED, CREATE));
        assertEquals(IngestOutcome.DUPLICATE,
                order.record(CREATED.plusSeconds(60), new OrderChange.Created(Money.of(1, "USD"), List.of())));

        assertEquals(CREATED, order.createdAt);
        assertEquals(12900, order.amountMinor);
        assertEquals("CNY", order.currency);
        assertEquals(1, order.lines.size());
        assertEquals(IngestOutcome.STORED, order.record(PAID, new OrderChange.Paid(null)));
        assertEquals(IngestOutcome.DUPLICATE, order.record(PAID.plusSeconds(1), new OrderChange.Paid(Money.of(1, ""))));
        assertEquals(IngestOutcome.STORED, order.record(PAID.plusSeconds(60), new OrderChange.Cancelled("")));
        assertEquals(IngestOutcome.DUPLICATE, order.record(PAID.plusSeconds(90), new OrderChange.Cancelled("again")));
        assertEquals(PAID.plusSeconds(60), order.cancelledAt);
    }

    @Test
    void thePaidAmountDefaultsToTheCreatedAmountEvenWhenPaymentCameFirst() {
        order.record(PAID, new OrderChange.Paid(null));
        assertNull(order.paidAmount());          // nothing known to have been paid yet

        order.record(CREATED, CREATE);
        assertEquals(Money.of(12900, "CNY"), order.paidAmount());
    }

    @Test
    void aPaidAmountOverridesTheCreatedAmount() {
        order.record(PAID, new OrderChange.Paid(Money.of(9900, "")));
        order.record(CREATED, CREATE);

        assertEquals(Money.of(9900, "CNY"), order.paidAmount());
    }

    @Test
    void anUnpaidOrderHasNoPaidAmount() {
        order.record(CREATED, CREATE);

        assertNull(order.paidAmount());
    }
}
