package io.zhuanhua.chat.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * Counts stored buyer lines by question category ({@code zhuanhua_classified_messages_total{category}}): the
 * live shares DOMAIN.md asks a shop to watch. A line with several categories counts once in each.
 */
@ApplicationScoped
public class ClassificationMeter {
    private final MeterRegistry registry;
    private final Map<Category, Counter> counters = new ConcurrentHashMap<>();

    public ClassificationMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(List<CategoryScore> categories) {
        for (CategoryScore score : categories) {
            counters.computeIfAbsent(score.category(), c -> Counter.builder("zhuanhua.classified.messages")
                    .description("Stored buyer messages by question category").tag("category", c.name())
                    .register(registry)).increment();
        }
    }
}
