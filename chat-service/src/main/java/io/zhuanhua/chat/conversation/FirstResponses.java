package io.zhuanhua.chat.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a conversation's first bot and first human replies came, by the DOMAIN.md response-time rule: the bot clock
 * runs from the first buyer message; the human clock from the first buyer message, or from the transfer to a human
 * when a bot answered first; bot replies never count as human replies. The single home of this rule.
 *
 * @param firstBuyerMessageAt null when the buyer has not written; then every other instant is null too
 * @param transferredAt the earliest transfer to a human, null without one
 * @param botRepliedAt the first bot reply at or after the first buyer message, null without one
 * @param humanClockStart where the human first response time starts
 * @param humanRepliedAt the first human reply at or after {@code humanClockStart}, null without one
 */
public record FirstResponses(Instant firstBuyerMessageAt, Instant transferredAt, Instant botRepliedAt,
        Instant humanClockStart, Instant humanRepliedAt) {

    /**
     * @param messages the conversation's messages, sorted by time
     * @param marks transfers and closes that fall in the conversation
     */
    public static FirstResponses of(List<Utterance> messages, List<ChatEvent.Mark> marks) {
        Instant transferredAt = marks.stream().filter(k -> k.kind() == ChatEvent.MarkKind.TRANSFER_TO_HUMAN)
                .map(ChatEvent.Mark::at).min(Instant::compareTo).orElse(null);
        Instant firstBuyer = messages.stream().filter(m -> m.sender() == Sender.BUYER).map(Utterance::at).findFirst()
                .orElse(null);
        if (firstBuyer == null) {
            return new FirstResponses(null, transferredAt, null, null, null);
        }
        Utterance firstAnswer = messages.stream().filter(m -> m.sender().replies() && !m.at().isBefore(firstBuyer))
                .findFirst().orElse(null);
        boolean botFirst = firstAnswer != null && firstAnswer.sender() == Sender.BOT;
        Instant humanClock = botFirst && transferredAt != null && !transferredAt.isBefore(firstBuyer) ? transferredAt
                : firstBuyer;
        return new FirstResponses(firstBuyer, transferredAt, firstReply(messages, Sender.BOT, firstBuyer), humanClock,
                firstReply(messages, Sender.AGENT, humanClock));
    }

    private static Instant firstReply(List<Utterance> messages, Sender sender, Instant from) {
        return messages.stream().filter(m -> m.sender() == sender && !m.at().isBefore(from)).map(Utterance::at)
                .findFirst().orElse(null);
    }

    /** The bot's first response time; null when the buyer has not written or no bot replied. */
    public Duration bot() {
        return botRepliedAt == null ? null : Duration.between(firstBuyerMessageAt, botRepliedAt);
    }

    /** The human first response time; null when the buyer has not written or no human replied. */
    public Duration human() {
        return humanRepliedAt == null ? null : Duration.between(humanClockStart, humanRepliedAt);
    }
}
