package io.zhuanhua.metrics.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.zhuanhua.metrics.agent.BonusTiers;

/**
 * How each shop counts its days.
 *
 * <pre>
 * zhuanhua.metrics.default-time-zone=Asia/Shanghai
 * zhuanhua.metrics.default-window-days=1
 * zhuanhua.metrics.shops.shop-a.time-zone=Asia/Urumqi
 * zhuanhua.metrics.shops.shop-a.window-days=2
 * zhuanhua.metrics.shops.shop-a.dsr-industry.service.mean=4.8
 * zhuanhua.metrics.shops.shop-a.dsr-industry.service.max=4.9
 * zhuanhua.metrics.shops.shop-a.bonus-tiers=65%=800, 55%=400, 0%=-100
 * zhuanhua.metrics.rollups.interval=1s
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

    /**
     * Performance pay tiers on consultation conversion of shops without their own, written as
     * {@link BonusTiers#parse(String)} reads them; DOMAIN.md's example by default.
     */
    @WithDefault(BonusTiers.DOMAIN_EXAMPLE)
    String defaultBonusTiers();

    /** How the daily report rollups are kept up to date. */
    Rollups rollups();

    /** Settings by shop id. */
    Map<String, Shop> shops();

    interface Rollups {
        /** Whether this replica recomputes dirty rollup days (reports stay exact without: they read dirty days raw). */
        @WithDefault("true")
        boolean enabled();

        /** How often the refresher looks for dirty days (also read by its @Scheduled). */
        @WithDefault("1s")
        Duration interval();

        /** Days claimed per round. */
        @WithDefault("16")
        int batchSize();

        /** How long a claimed day is reserved for one refresher before another may take it over. */
        @WithDefault("5m")
        Duration lease();
    }

    interface Shop {
        /**
         * IANA zone the shop's days are counted in. A string: SmallRye Config hands the ZoneId converter an
         * empty value for a shop that sets other keys only, which fails startup.
         */
        Optional<String> timeZone();

        /** Days after the inquiry's day the window lasts; 1 means until the end of the next day. */
        OptionalInt windowDays();

        /** Industry DSR figures of the shop's category, used when a DSR request brings none. */
        DsrIndustry dsrIndustry();

        /** The shop's performance pay tiers (see {@link MetricsConfig#defaultBonusTiers()}). */
        Optional<String> bonusTiers();
    }

    /** Industry figures per DSR dimension; each is optional. */
    interface DsrIndustry {
        Optional<IndustryFigures> description();

        Optional<IndustryFigures> service();

        Optional<IndustryFigures> logistics();
    }

    /** Industry mean and max of one DSR dimension. */
    interface IndustryFigures {
        double mean();

        double max();
    }
}
