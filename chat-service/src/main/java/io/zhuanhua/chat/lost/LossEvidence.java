package io.zhuanhua.chat.lost;

import java.time.Instant;
import java.util.Objects;

import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.kit.taxonomy.LossSignal;

/**
 * One piece of evidence for a {@link LossSignal}, quoting the lines it rests on.
 *
 * @param buyer the buyer's line (the question, request, doubt or objection); null when the evidence is
 *        the agent's line alone
 * @param reply the agent's or bot's line (the refusal, the stock-out, the late first reply); null when
 *        there was none
 * @param detail what the signal documents it to be (courier, item id, wait); empty when nothing
 */
public record LossEvidence(LossSignal signal, Quote buyer, Quote reply, String detail) {

    public LossEvidence {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(detail, "detail");
        if (buyer == null && reply == null) {
            throw new IllegalArgumentException("evidence quotes at least one line");
        }
    }

    /**
     * A message of the conversation and the part of it that is the evidence.
     *
     * @param index the message's position in the conversation passed to the finder
     * @param agentId the agent's or bot's id; empty for the buyer
     * @param text the message's full text
     * @param start start of the quoted span in {@code text}
     * @param end end (exclusive) of the quoted span; the whole line when no single phrase decided
     */
    public record Quote(int index, Sender sender, String agentId, Instant at, String text, int start, int end) {

        public Quote {
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
            if (start < 0 || start > end || end > text.length()) {
                throw new IllegalArgumentException("span [" + start + "," + end + ") outside the text");
            }
        }

        /** The quoted phrase. */
        public String span() {
            return text.substring(start, end);
        }
    }
}
