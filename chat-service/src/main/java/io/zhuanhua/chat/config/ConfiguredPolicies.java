package io.zhuanhua.chat.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * The shop policies of chat-service's own configuration: what applies while a shop has published none in
 * scripts-service, or scripts-service cannot be reached. Parsed once, so a bad setting stops the service at
 * startup instead of failing ingest.
 */
public final class ConfiguredPolicies implements ShopPolicies {
    private final ShopPolicy defaults;
    private final Map<String, ShopPolicy> byShop = new HashMap<>();

    public ConfiguredPolicies(ChatConfig config) {
        Set<Category> bot = config.assist().botCategories();
        this.defaults = new ShopPolicy(parse("zhuanhua.chat.default-business-hours", config.defaultBusinessHours()),
                bot);
        config.shops().forEach((shop, settings) -> settings.businessHours().ifPresent(spec -> byShop.put(shop,
                new ShopPolicy(parse("zhuanhua.chat.shops." + shop + ".business-hours", spec), bot))));
    }

    @Override
    public ShopPolicy of(String shopId) {
        return byShop.getOrDefault(shopId, defaults);
    }

    private static BusinessHours parse(String property, String spec) {
        try {
            return BusinessHours.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": " + e.getMessage(), e);
        }
    }
}
