package io.zhuanhua.scripts.suggest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.grpc.GrpcClient;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.Date;
import io.zhuanhua.proto.common.v1.DateRange;
import io.zhuanhua.proto.metrics.v1.GetScriptEffectivenessRequest;
import io.zhuanhua.proto.metrics.v1.ScriptEffectiveness;
import io.zhuanhua.proto.metrics.v1.ScriptEffectivenessServiceGrpc.ScriptEffectivenessServiceBlockingStub;
import io.zhuanhua.scripts.config.ScriptsConfig;

/**
 * How well each of a shop's scripts converts, from metrics-service, cached per shop for a short while.
 * Suggestions must not fail or slow down with metrics-service: when it is unreachable, slow or has no key
 * configured, the shop's scripts count as not measured and ranking goes on without figures.
 */
@ApplicationScoped
public class Effectiveness {
    private static final Logger LOG = Logger.getLogger(Effectiveness.class);

    /** A script's consultation conversion over {@code inquiries} inquiries. */
    public record Measured(double conversion, long inquiries) {
    }

    private record Cached(Instant until, Map<String, Measured> byScript) {
    }

    private final ScriptEffectivenessServiceBlockingStub metrics;
    private final ScriptsConfig.EffectivenessConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Effectiveness(@GrpcClient("metrics") ScriptEffectivenessServiceBlockingStub metrics, ScriptsConfig config) {
        this.metrics = config.metricsApiKey().map(key -> ApiKeys.withKey(metrics, key)).orElse(null);
        this.config = config.effectiveness();
    }

    /** The shop's measured scripts by id; scripts with too few inquiries are left out. */
    public Map<String, Measured> forShop(String shopId, ZoneId zone) {
        if (metrics == null) {
            return Map.of();
        }
        Instant now = Instant.now();
        Cached cached = cache.get(shopId);
        if (cached != null && cached.until.isAfter(now)) {
            return cached.byScript;
        }
        Map<String, Measured> fresh = fetch(shopId, LocalDate.now(zone));
        cache.put(shopId, new Cached(now.plus(config.cacheTtl()), fresh));
        return fresh;
    }

    private Map<String, Measured> fetch(String shopId, LocalDate today) {
        LocalDate first = today.minusDays(config.periodDays() - 1L);
        try {
            Map<String, Measured> byScript = new HashMap<>();
            for (ScriptEffectiveness row : metrics.withDeadlineAfter(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .getScriptEffectiveness(GetScriptEffectivenessRequest.newBuilder().setShopId(shopId)
                            .setPeriod(DateRange.newBuilder().setStart(date(first)).setEnd(date(today))).build())
                    .getScriptsList()) {
                if (row.getInquiringBuyers() >= config.minInquiries()) {
                    byScript.put(row.getScriptId(),
                            new Measured(row.getConsultationConversion(), row.getInquiringBuyers()));
                }
            }
            return Map.copyOf(byScript);
        } catch (RuntimeException unavailable) {
            // Any status: metrics-service down, slow, not yet implementing the RPC, or refusing our key.
            LOG.warnf("no script effectiveness for shop %s: %s", shopId, unavailable.getMessage());
            return Map.of();
        }
    }

    private static Date date(LocalDate day) {
        return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth())
                .build();
    }
}
