package io.zhuanhua.metrics.config;

import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.zhuanhua.metrics.conversion.ShopCalendar;

/** The calendar of each shop, from {@link MetricsConfig}; checked at startup so a bad setting fails fast. */
@Startup
@ApplicationScoped
public class ShopCalendars {
    private final MetricsConfig config;
    private final ShopCalendar defaults;

    public ShopCalendars(MetricsConfig config) {
        this.config = config;
        this.defaults = new ShopCalendar(config.defaultTimeZone(), config.defaultWindowDays());
        // Building each calendar validates it.
        config.shops().keySet().forEach(this::of);
    }

    public ShopCalendar of(String shopId) {
        MetricsConfig.Shop shop = config.shops().get(shopId);
        if (shop == null) {
            return defaults;
        }
        return new ShopCalendar(shop.timeZone().filter(z -> !z.isBlank()).map(z -> zone(shopId, z)).orElse(defaults.zone()),
                shop.windowDays().orElse(defaults.windowDays()));
    }

    private static ZoneId zone(String shopId, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalStateException("zhuanhua.metrics.shops." + shopId + ".time-zone: " + e.getMessage(), e);
        }
    }
}
