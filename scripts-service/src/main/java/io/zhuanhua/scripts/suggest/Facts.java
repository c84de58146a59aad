package io.zhuanhua.scripts.suggest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.size.SizeAdvice;
import io.zhuanhua.scripts.size.SizeAdvisor;

/**
 * The values of the {@link io.zhuanhua.scripts.playbook.Variables} for one request, from the request itself,
 * the item's product knowledge and the shop's policy; a fact nobody stated has no value, so the wordings that
 * need it are left out. {@code sizeReason} explains {size} to the agent.
 */
public record Facts(Map<String, String> values, Optional<String> sizeReason) {

    public Facts {
        values = Map.copyOf(values);
    }

    public static Facts of(String buyerName, String buyerMessage, Optional<ProductContent> product, ShopPolicy policy) {
        Map<String, String> values = new HashMap<>();
        put(values, "buyer", buyerName.strip());
        Optional<SizeAdvice> advice = Optional.empty();
        if (product.isPresent()) {
            ProductContent item = product.get();
            put(values, "product", item.name());
            put(values, "shelf_life", item.shelfLife());
            put(values, "materials", String.join("、", item.materials()));
            item.sellingPoints().stream().findFirst().ifPresent(point -> put(values, "selling_point", point));
            put(values, "coupon", item.coupon());
            if (!buyerMessage.isBlank()) {
                advice = item.sizeChart().map(chart -> SizeAdvisor.advise(chart, buyerMessage));
                advice.flatMap(SizeAdvice::size).ifPresent(size -> put(values, "size", size));
            }
        }
        if (!values.containsKey("coupon")) {
            put(values, "coupon", policy.coupon());
        }
        put(values, "couriers", String.join("、", policy.couriers()));
        policy.dispatchCutoff().ifPresent(cutoff -> put(values, "ship_cutoff", cutoff.toString()));
        policy.freeShippingThreshold().ifPresent(m -> put(values, "free_shipping_threshold", m.chinese()));
        if (policy.returnDays() > 0) {
            put(values, "return_days", Integer.toString(policy.returnDays()));
        }
        put(values, "business_hours", policy.hours().chinese());
        return new Facts(values, advice.map(SizeAdvice::reason));
    }

    /** Blank values stay out: an unstated fact must leave its wordings out, not fill them with nothing. */
    private static void put(Map<String, String> values, String name, String value) {
        if (!value.isBlank()) {
            values.put(name, value);
        }
    }
}
