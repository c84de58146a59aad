package io.zhuanhua.metrics.order;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A refund of an order, once per refund id; reported on its own, it changes no conversion count. */
@Entity
@Table(name = "order_refund")
public class OrderRefundEntity extends PanacheEntityBase {
    @Id
    @SequenceGenerator(name = "order_refund_seq", sequenceName = "order_refund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_refund_seq")
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_ref")
    public OrderEntity order;
    public String refundId;
    public long amountMinor;
    public String currency;
    public Instant refundedAt;
}
