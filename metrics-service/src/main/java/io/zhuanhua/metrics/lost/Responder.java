package io.zhuanhua.metrics.lost;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import io.zhuanhua.metrics.conversion.Party;

/**
 * Who served a lost buyer last: a human agent, the bot, or nobody (no reply at all). Ordered the bot first,
 * then agents by id, then nobody.
 *
 * @param agentId the human agent's id; empty for the bot and for nobody
 */
public record Responder(String agentId, boolean bot) implements Comparable<Responder> {
    public static final Responder BOT = new Responder("", true);
    public static final Responder NOBODY = new Responder("", false);

    private static final Comparator<Responder> ORDER = Comparator.comparing(Responder::nobody)
            .thenComparing(r -> !r.bot).thenComparing(Responder::agentId);

    public Responder {
        Objects.requireNonNull(agentId, "agentId");
        if (bot && !agentId.isEmpty()) {
            throw new IllegalArgumentException("the bot has no agent id");
        }
    }

    public static Responder of(Optional<Party> party) {
        return party.map(p -> p.bot() ? BOT : new Responder(p.agentId(), false)).orElse(NOBODY);
    }

    public boolean nobody() {
        return !bot && agentId.isEmpty();
    }

    @Override
    public int compareTo(Responder other) {
        return ORDER.compare(this, other);
    }
}
