package io.zhuanhua.chat.feed;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * The feed's lag as gauges: {@code zhuanhua_outbox_backlog} (rows waiting) and
 * {@code zhuanhua_outbox_lag_seconds} (age of the oldest). Read from the table at scrape time, so every replica
 * reports the shared outbox and a stopped relay still shows its growing lag; one query serves both gauges.
 */
@Startup
@ApplicationScoped
public class OutboxMeter {
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ConsultationOutbox outbox;
    private ConsultationOutbox.Backlog last;
    private long readAt;

    public OutboxMeter(ConsultationOutbox outbox, MeterRegistry registry) {
        this.outbox = outbox;
        Gauge.builder("zhuanhua.outbox.backlog", this, m -> m.backlog().rows())
                .description("Consultation facts waiting in the outbox for metrics-service").register(registry);
        Gauge.builder("zhuanhua.outbox.lag", this, m -> m.backlog().oldestAgeSeconds()).baseUnit("seconds")
                .description("Age of the oldest consultation fact waiting in the outbox").register(registry);
    }

    private synchronized ConsultationOutbox.Backlog backlog() {
        long now = System.nanoTime();
        if (last == null || now - readAt > FRESH_NANOS) {
            last = QuarkusTransaction.requiringNew().call(outbox::backlog);
            readAt = now;
        }
        return last;
    }
}
