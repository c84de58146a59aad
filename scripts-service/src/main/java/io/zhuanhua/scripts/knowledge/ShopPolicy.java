package io.zhuanhua.scripts.knowledge;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.ReplyText;

/**
 * A shop's service policy. Input goes through {@link #of}; version 0 (and no update time) means the shop never
 * stated one, and then every fact is "not stated".
 */
public record ShopPolicy(OpeningHours hours, List<String> couriers, Optional<LocalTime> dispatchCutoff,
        Optional<Money> freeShippingThreshold, int returnDays, List<Category> botCategories, String coupon,
        long version, Optional<Instant> updateTime) {
    static final int MAX_COURIERS = 20;
    static final int MAX_RETURN_DAYS = 365;

    /** An amount in minor units (fen for CNY). */
    public record Money(long amountMinor, String currency) {
        public Money {
            Objects.requireNonNull(currency, "currency");
        }

        /** "99元", "99.50元"; other currencies "12.50 USD". */
        public String chinese() {
            String amount = amountMinor % 100 == 0 ? Long.toString(amountMinor / 100)
                    : String.format("%d.%02d", amountMinor / 100, amountMinor % 100);
            return "CNY".equals(currency) ? amount + "元" : amount + " " + currency;
        }
    }

    public ShopPolicy {
        couriers = List.copyOf(couriers);
        botCategories = List.copyOf(new TreeSet<>(botCategories));
    }

    public static ShopPolicy notStated() {
        return new ShopPolicy(new OpeningHours(OpeningHours.DEFAULT_ZONE, List.of()), List.of(), Optional.empty(),
                Optional.empty(), 0, List.of(), "", 0, Optional.empty());
    }

    /** Validates raw input (version and update time are the store's); field names are those of ShopPolicy. */
    public static ShopPolicy of(OpeningHours hours, List<String> couriers, Optional<LocalTime> dispatchCutoff,
            Optional<Money> freeShippingThreshold, int returnDays, List<Category> botCategories, String coupon) {
        freeShippingThreshold.ifPresent(m -> {
            if (m.amountMinor() < 0) {
                throw new InvalidFieldException("free_shipping_threshold.amount_minor", "must not be negative");
            }
            if (!m.currency().matches("[A-Z]{3}")) {
                throw new InvalidFieldException("free_shipping_threshold.currency", "an ISO 4217 code such as CNY");
            }
        });
        if (returnDays < 0 || returnDays > MAX_RETURN_DAYS) {
            throw new InvalidFieldException("return_days", "must be 0 to " + MAX_RETURN_DAYS);
        }
        return new ShopPolicy(hours, ReplyText.list("couriers", couriers, MAX_COURIERS, 20, true), dispatchCutoff,
                freeShippingThreshold, returnDays, botCategories,
                ReplyText.compliant("coupon", ReplyText.optional("coupon", coupon, 100)), 0, Optional.empty());
    }

    public ShopPolicy stored(long newVersion, Instant at) {
        return new ShopPolicy(hours, couriers, dispatchCutoff, freeShippingThreshold, returnDays, botCategories,
                coupon, newVersion, Optional.of(at));
    }

    /** The same facts, whatever the version: what an import compares. */
    public boolean sameFacts(ShopPolicy other) {
        return hours.equals(other.hours) && couriers.equals(other.couriers)
                && dispatchCutoff.equals(other.dispatchCutoff)
                && freeShippingThreshold.equals(other.freeShippingThreshold) && returnDays == other.returnDays
                && botCategories.equals(other.botCategories) && coupon.equals(other.coupon);
    }
}
