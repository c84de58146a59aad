package io.zhuanhua.chat.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs the conversation shaper on its own thread: at once when this replica stored events (after a short
 * linger that lets a burst gather, longer while this replica's ingest is saturated: acks first), and on a sweep
 * interval for events other replicas stored. A scheduler
 * could not do this: Quarkus refuses intervals under a second, and a timer alone would add its period to
 * every conversation's delay.
 */
@ApplicationScoped
public class ShaperLoop {
    private static final Logger LOG = Logger.getLogger(ShaperLoop.class);

    private final ConversationShaper shaper;
    private final ShapingConfig config;
    private final IngestBacklog ingest;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private volatile boolean running;
    private Thread thread;

    public ShaperLoop(ConversationShaper shaper, ShapingConfig config, IngestBacklog ingest) {
        this.shaper = shaper;
        this.config = config;
        this.ingest = ingest;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("conversation shaping is off on this replica (zhuanhua.chat.shaper.enabled=false): other replicas"
                    + " shape the events it stores");
            return;
        }
        running = true;
        thread = new Thread(this::run, "conversation-shaper");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** New events are stored; wake-ups that come while one is pending are one. */
    public void wake() {
        wakeUps.offer(Boolean.TRUE);
    }

    /**
     * Whether the shaper goes on waiting for work that arrived at {@code arrivedNanos}: while this replica's ingest
     * has more events waiting for their commit than shaping may run beside, up to the longest yield.
     */
    boolean yields(long arrivedNanos, long nowNanos) {
        return config.yieldAbove() > 0 && ingest.events() > config.yieldAbove()
                && nowNanos - arrivedNanos < config.maxYield().toNanos();
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                boolean woken = wakeUps.poll(config.sweepInterval().toMillis(), TimeUnit.MILLISECONDS) != null;
                long arrived = System.nanoTime();
                if (woken) {
                    Thread.sleep(config.linger().toMillis());
                }
                wakeUps.clear(); // this round shapes whatever those wake-ups announced
                do { // before each batch: acks first, within the bound
                    while (running && yields(arrived, System.nanoTime())) {
                        Thread.sleep(config.linger().toMillis());
                    }
                } while (running && shaper.shapeBatch(config.batchThreads()) > 0);
                failing = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Events stay pending and are shaped on the next round; one message per outage, not per round.
                if (!failing) {
                    LOG.warnf(e, "conversation shaping failed; pending events wait for the next round");
                    failing = true;
                }
            }
        }
    }
}
