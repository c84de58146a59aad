package io.zhuanhua.metrics.conversion;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** Identifies a report row within a day: a dimension and its key (see {@link Dimension}). */
public record RowKey(Dimension dimension, String key) implements Comparable<RowKey> {
    public static final RowKey SHOP = new RowKey(Dimension.SHOP, "");
    /** By dimension, then key: the bot (empty agent id) before the agents, hours in order. */
    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::dimension)
            .thenComparing(RowKey::key);

    public RowKey {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(key, "key");
    }

    public static RowKey of(Party party) {
        return new RowKey(Dimension.AGENT, party.agentId());
    }

    public static RowKey hour(int hour) {
        return new RowKey(Dimension.HOUR, String.format(Locale.ROOT, "%02d", hour));
    }

    /** The party of an agent row; null for other rows. */
    public Party party() {
        if (dimension != Dimension.AGENT) {
            return null;
        }
        return key.isEmpty() ? Party.BOT : Party.agent(key);
    }

    /** The hour of an hour row; -1 for other rows. */
    public int hour() {
        return dimension == Dimension.HOUR ? Integer.parseInt(key) : -1;
    }

    @Override
    public int compareTo(RowKey other) {
        return ORDER.compare(this, other);
    }
}
