package io.zhuanhua.metrics.config;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How each shop counts its days.
 *
 * <pre>
 * zhuanhua.metrics.default-time-zone=Asia/Shanghai
 * zhuanhua.metrics.default-window-days=1
 * zhuanhua.metrics.shops.shop-a.time-zone=Asia/Urumqi
 * zhuanhua.metrics.shops.shop-a.window-days=2
 * </pre>
 */
@ConfigMapping(prefix = "zhuanhua.metrics")
public interface MetricsConfig {

    /** Zone of shops without their own. */
    @WithDefault("Asia/Shanghai")
    ZoneId defaultTimeZone();

    /** Attribution window of shops without their own, in days after the inquiry's day. */
    @WithDefault("1")
    int defaultWindowDays();

    /** Settings by shop id. */
    Map<String, Shop> shops();

    interface Shop {
        /** IANA zone the shop's days are counted in. */
        Optional<ZoneId> timeZone();

        /** Days after the inquiry's day the window lasts; 1 means until the end of the next day. */
        OptionalInt windowDays();
    }
}
