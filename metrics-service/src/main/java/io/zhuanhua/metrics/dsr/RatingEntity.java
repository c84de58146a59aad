package io.zhuanhua.metrics.dsr;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current version of an order's rating (see {@link RatingIngest} for amendments). */
@Entity
@Table(name = "order_rating")
public class RatingEntity extends PanacheEntityBase {
    /** Assigned by the database when the row is first inserted (see {@link RatingRepository}). */
    @Id
    public Long id;
    public String shopId;
    public String platform;
    public String orderId;
    public String buyerId;
    public Instant ratedAt;
    public int service;
    public int logistics;

    @ElementCollection
    @CollectionTable(name = "order_rating_item", joinColumns = @JoinColumn(name = "rating_ref"))
    @MapKeyColumn(name = "item_id")
    @Column(name = "description")
    public Map<String, Integer> descriptions = new HashMap<>();

    /** Whether the stored rating says exactly what the given one says. */
    boolean sameAs(Rating rating) {
        return ratedAt.equals(rating.ratedAt()) && service == rating.service() && logistics == rating.logistics()
                && descriptions.equals(rating.descriptions());
    }

    /** Overwrites the scores with the rating's, item scores included. */
    void take(Rating rating) {
        ratedAt = rating.ratedAt();
        service = rating.service();
        logistics = rating.logistics();
        descriptions.clear();
        descriptions.putAll(rating.descriptions());
    }
}
