package io.zhuanhua.scripts.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.knowledge.OpeningHours;
import io.zhuanhua.scripts.knowledge.ShopPolicy;

/** Row of shop_policy. */
@Entity
@Table(name = "shop_policy")
public class ShopPolicyEntity {
    @Id
    @Column(name = "shop_id")
    public String shopId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** "D HH:MM-HH:MM", D the ISO day of week (1 Monday). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "opening_intervals", nullable = false, columnDefinition = "text[]")
    public String[] openingIntervals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] couriers;

    @Column(name = "dispatch_cutoff_minutes")
    public Short dispatchCutoffMinutes;

    @Column(name = "free_shipping_minor")
    public Long freeShippingMinor;

    @Column(name = "free_shipping_currency")
    public String freeShippingCurrency;

    @Column(name = "return_days", nullable = false)
    public int returnDays;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "bot_categories", nullable = false, columnDefinition = "smallint[]")
    public Short[] botCategories;

    @Column(nullable = false)
    public String coupon;

    @Column(nullable = false)
    public long version;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    public void setPolicy(ShopPolicy policy) {
        timeZone = policy.hours().zone().getId();
        openingIntervals = policy.hours().intervals().stream()
                .map(i -> i.day().getValue() + " " + i.opens() + "-" + i.closes()).toArray(String[]::new);
        couriers = policy.couriers().toArray(String[]::new);
        dispatchCutoffMinutes = policy.dispatchCutoff().map(t -> (short) (t.getHour() * 60 + t.getMinute()))
                .orElse(null);
        freeShippingMinor = policy.freeShippingThreshold().map(ShopPolicy.Money::amountMinor).orElse(null);
        freeShippingCurrency = policy.freeShippingThreshold().map(ShopPolicy.Money::currency).orElse(null);
        returnDays = policy.returnDays();
        botCategories = policy.botCategories().stream().map(c -> (short) c.number()).toArray(Short[]::new);
        coupon = policy.coupon();
    }

    public ShopPolicy toDomain() {
        List<OpeningHours.Interval> intervals = Stream.of(openingIntervals).map(text -> {
            String[] dayAndTimes = text.split(" ");
            String[] times = dayAndTimes[1].split("-");
            return new OpeningHours.Interval(DayOfWeek.of(Integer.parseInt(dayAndTimes[0])), LocalTime.parse(times[0]),
                    LocalTime.parse(times[1]));
        }).toList();
        return new ShopPolicy(new OpeningHours(ZoneId.of(timeZone), intervals), List.of(couriers),
                Optional.ofNullable(dispatchCutoffMinutes).map(m -> LocalTime.of(m / 60, m % 60)),
                Optional.ofNullable(freeShippingMinor).map(m -> new ShopPolicy.Money(m, freeShippingCurrency)),
                returnDays, Stream.of(botCategories).map(c -> Category.ofNumber(c).orElseThrow()).toList(), coupon,
                version, Optional.of(updateTime));
    }
}
