package io.zhuanhua.metrics.dsr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.Startup;
import io.zhuanhua.metrics.config.MetricsConfig;
import io.zhuanhua.metrics.config.ShopCalendars;

/**
 * A shop's DSR from its stored ratings. Industry figures come from the request, else from the shop's
 * configuration (checked at startup so a bad setting fails fast).
 */
@Startup
@ApplicationScoped
public class DsrReports {
    private final RatingRepository ratings;
    private final ShopCalendars calendars;
    private final Map<String, Map<DsrDimension, IndustryBenchmark>> configured;

    public DsrReports(RatingRepository ratings, ShopCalendars calendars, MetricsConfig config) {
        this.ratings = ratings;
        this.calendars = calendars;
        this.configured = config.shops().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                shop -> benchmarks(shop.getKey(), shop.getValue().dsrIndustry())));
    }

    private static Map<DsrDimension, IndustryBenchmark> benchmarks(String shopId, MetricsConfig.DsrIndustry industry) {
        String prefix = "zhuanhua.metrics.shops." + shopId + ".dsr-industry.";
        Map<DsrDimension, IndustryBenchmark> benchmarks = new EnumMap<>(DsrDimension.class);
        put(benchmarks, DsrDimension.DESCRIPTION, industry.description(), prefix);
        put(benchmarks, DsrDimension.SERVICE, industry.service(), prefix);
        put(benchmarks, DsrDimension.LOGISTICS, industry.logistics(), prefix);
        return Map.copyOf(benchmarks);
    }

    private static void put(Map<DsrDimension, IndustryBenchmark> benchmarks, DsrDimension dimension,
            Optional<MetricsConfig.IndustryFigures> figures, String prefix) {
        figures.ifPresent(f -> benchmarks.put(dimension, IndustryBenchmark.of(f.mean(), f.max(),
                prefix + dimension.configKey())));
    }

    /**
     * @param asOf the shop-local day the score is as of; empty means today in the shop's zone
     * @param given industry figures of the request, by dimension; the others come from configuration
     */
    @Transactional
    public DsrReport report(String shopId, Optional<LocalDate> asOf, Map<DsrDimension, IndustryBenchmark> given) {
        ZoneId zone = calendars.of(shopId).zone();
        LocalDate day = asOf.orElseGet(() -> LocalDate.now(zone));
        DsrWindow window = DsrCalculator.window(day, zone);
        Map<DsrDimension, StarCounts> counts = ratings.countStars(shopId, window.from(), window.to());
        Map<DsrDimension, IndustryBenchmark> shopFigures = configured.getOrDefault(shopId, Map.of());
        Map<DsrDimension, DimensionDsr> dimensions = new EnumMap<>(DsrDimension.class);
        for (DsrDimension dimension : DsrDimension.values()) {
            Optional<IndustryBenchmark> industry = Optional.ofNullable(given.get(dimension))
                    .or(() -> Optional.ofNullable(shopFigures.get(dimension)));
            dimensions.put(dimension, DsrCalculator.dimension(counts.get(dimension), industry));
        }
        return new DsrReport(shopId, day, zone, window, dimensions);
    }
}
