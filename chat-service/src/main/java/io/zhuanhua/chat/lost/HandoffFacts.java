package io.zhuanhua.chat.lost;

import java.time.Instant;

/**
 * Bot-to-human handoff in one conversation (DOMAIN.md, "Bot and human": measure bot-only conversations,
 * transfers to humans and the conversion of each).
 *
 * @param humanRequested a buyer message was classified HUMAN_AGENT
 * @param requestedAt the first such message; null without a request
 * @param botOnly the bot replied and no human did
 * @param transferred the integration marked a transfer to a human
 * @param transferredAt the earliest transfer; null without one
 * @param humanRequestUnanswered the buyer asked for a human and no human wrote after the first request
 */
public record HandoffFacts(boolean humanRequested, Instant requestedAt, boolean botOnly, boolean transferred,
        Instant transferredAt, boolean humanRequestUnanswered) {
}
