package io.zhuanhua.metrics.conversion;

import java.util.Comparator;
import java.util.Objects;

/**
 * Who replied to a buyer and may be credited with the order: a human agent, or the bot. All bots of a
 * shop are one party: the report has a single bot row.
 */
public record Party(String agentId, boolean bot) implements Comparable<Party> {
    public static final Party BOT = new Party("", true);

    /** The bot first (its agent id is empty), then agents by id, as report rows are ordered. */
    private static final Comparator<Party> ORDER = Comparator.comparing(Party::agentId);

    public Party {
        Objects.requireNonNull(agentId, "agentId");
        if (bot != agentId.isEmpty()) {
            throw new IllegalArgumentException("an agent has an id, the bot has none");
        }
    }

    public static Party agent(String agentId) {
        return new Party(agentId, false);
    }

    @Override
    public int compareTo(Party other) {
        return ORDER.compare(this, other);
    }
}
