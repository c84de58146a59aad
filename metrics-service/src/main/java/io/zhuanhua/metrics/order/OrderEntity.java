package io.zhuanhua.metrics.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zhuanhua.metrics.money.Money;

/**
 * An order merged from its events. Each fact (created, paid, cancelled) is set by its first event; a
 * repeat is a duplicate, and so is a conflicting repeat (a different creation time, say): the first report
 * of a fact wins, as platforms do not revise facts and a later differing copy is more likely a replay
 * artefact than a correction.
 */
@Entity
@Table(name = "shop_order")
public class OrderEntity extends PanacheEntityBase {
    /** Assigned by the database when the row is first inserted (see {@link OrderRepository}). */
    @Id
    public Long id;
    public String shopId;
    public String platform;
    public String orderId;
    public String buyerId;
    public Instant createdAt;
    public Long amountMinor;
    public String currency;
    public Instant paidAt;
    public Long paidAmountMinor;
    public String paidCurrency;
    public Instant cancelledAt;
    public String cancelReason;

    @ElementCollection
    @CollectionTable(name = "shop_order_line", joinColumns = @JoinColumn(name = "order_ref"))
    @OrderColumn(name = "line_no")
    public List<OrderLineValue> lines = new ArrayList<>();

    /** Records a created, paid or cancelled fact (refunds live in their own table). */
    public IngestOutcome record(Instant occurredAt, OrderChange change) {
        if (change instanceof OrderChange.Created created) {
            if (createdAt != null) {
                return IngestOutcome.DUPLICATE;
            }
            createdAt = occurredAt;
            amountMinor = created.amount().amountMinor();
            currency = created.amount().currency();
            created.lines().forEach(line -> lines.add(new OrderLineValue(line)));
        } else if (change instanceof OrderChange.Paid paid) {
            if (paidAt != null) {
                return IngestOutcome.DUPLICATE;
            }
            paidAt = occurredAt;
            if (paid.amount() != null) {
                paidAmountMinor = paid.amount().amountMinor();
                paidCurrency = paid.amount().currency();
            }
        } else if (change instanceof OrderChange.Cancelled cancelled) {
            if (cancelledAt != null) {
                return IngestOutcome.DUPLICATE;
            }
            cancelledAt = occurredAt;
            cancelReason = cancelled.reason();
        } else {
            throw new IllegalArgumentException("not an order fact: " + change);
        }
        return IngestOutcome.STORED;
    }

    /** What the buyer paid: the paid event's amount, or the created amount when it gave none. */
    public Money paidAmount() {
        if (paidAt == null) {
            return null;
        }
        if (paidAmountMinor != null) {
            return Money.of(paidAmountMinor, paidCurrency);
        }
        return amountMinor == null ? null : Money.of(amountMinor, currency);
    }
}
