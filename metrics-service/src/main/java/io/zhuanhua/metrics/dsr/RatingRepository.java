package io.zhuanhua.metrics.dsr;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class RatingRepository implements PanacheRepository<RatingEntity> {

    /** The stored rating and whether this call inserted it. */
    public record Locked(RatingEntity rating, boolean inserted) {
    }

    /**
     * The order's rating, inserted from the given one if the order has none, locked until the transaction
     * ends so that concurrent versions of one rating apply one after the other. The insert cannot race: a
     * concurrent one waits on the key. Item scores of a new rating are left to the caller.
     */
    public Locked lockOrInsert(String shopId, Rating rating) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into order_rating (id, shop_id, platform, order_id, buyer_id, rated_at, service, logistics)
                values (nextval('order_rating_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (shop_id, platform, order_id) do nothing""")
                .setParameter(1, shopId).setParameter(2, rating.platform()).setParameter(3, rating.orderId())
                .setParameter(4, rating.buyerId()).setParameter(5, rating.ratedAt())
                .setParameter(6, rating.service()).setParameter(7, rating.logistics())
                .executeUpdate();
        RatingEntity stored = find("shopId = ?1 and platform = ?2 and orderId = ?3", shopId, rating.platform(),
                rating.orderId()).withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
        return new Locked(stored, inserted == 1);
    }

    /** Ratings per star and dimension of the shop's ratings rated in [from, to). */
    public Map<DsrDimension, StarCounts> countStars(String shopId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select 'SERVICE', service, count(*) from order_rating
                 where shop_id = ?1 and rated_at >= ?2 and rated_at < ?3 group by service
                union all
                select 'LOGISTICS', logistics, count(*) from order_rating
                 where shop_id = ?1 and rated_at >= ?2 and rated_at < ?3 group by logistics
                union all
                select 'DESCRIPTION', i.description, count(*) from order_rating r
                  join order_rating_item i on i.rating_ref = r.id
                 where r.shop_id = ?1 and r.rated_at >= ?2 and r.rated_at < ?3 group by i.description""")
                .setParameter(1, shopId).setParameter(2, from).setParameter(3, to)
                .getResultList();
        Map<DsrDimension, StarCounts> counts = new EnumMap<>(DsrDimension.class);
        for (DsrDimension dimension : DsrDimension.values()) {
            counts.put(dimension, StarCounts.NONE);
        }
        for (Object[] row : rows) {
            DsrDimension dimension = DsrDimension.valueOf((String) row[0]);
            counts.put(dimension, counts.get(dimension).plus(((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }
}
