package io.zhuanhua.metrics.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OrderRepository implements PanacheRepository<OrderEntity> {

    /**
     * The order, created empty if unknown, locked until the transaction ends so that concurrent events of
     * one order merge one after the other. The insert cannot race: a concurrent one waits on the key.
     */
    public OrderEntity lockOrCreate(String shopId, String platform, String orderId, String buyerId) {
        getEntityManager().createNativeQuery("""
                insert into shop_order (id, shop_id, platform, order_id, buyer_id)
                values (nextval('shop_order_seq'), ?1, ?2, ?3, ?4)
                on conflict (shop_id, platform, order_id) do nothing""")
                .setParameter(1, shopId).setParameter(2, platform).setParameter(3, orderId).setParameter(4, buyerId)
                .executeUpdate();
        return find("shopId = ?1 and platform = ?2 and orderId = ?3", shopId, platform, orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
    }

    public boolean hasRefund(OrderEntity order, String refundId) {
        return OrderRefundEntity.count("order = ?1 and refundId = ?2", order, refundId) > 0;
    }
}
