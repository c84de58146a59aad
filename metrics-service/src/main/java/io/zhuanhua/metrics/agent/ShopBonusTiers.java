package io.zhuanhua.metrics.agent;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.zhuanhua.metrics.config.MetricsConfig;

/** Each shop's pay tiers from {@link MetricsConfig}; read at startup so a bad setting fails fast. */
@Startup
@ApplicationScoped
public class ShopBonusTiers {
    private final MetricsConfig config;
    private final BonusTiers defaults;

    public ShopBonusTiers(MetricsConfig config) {
        this.config = config;
        this.defaults = parse("zhuanhua.metrics.default-bonus-tiers", config.defaultBonusTiers());
        config.shops().keySet().forEach(this::of);
    }

    public BonusTiers of(String shopId) {
        MetricsConfig.Shop shop = config.shops().get(shopId);
        return shop == null ? defaults : shop.bonusTiers().filter(t -> !t.isBlank())
                .map(t -> parse("zhuanhua.metrics.shops." + shopId + ".bonus-tiers", t)).orElse(defaults);
    }

    private static BonusTiers parse(String key, String spec) {
        try {
            return BonusTiers.parse(spec);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalStateException(key + ": " + e.getMessage(), e);
        }
    }
}
