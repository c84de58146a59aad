package io.zhuanhua.chat.profile;

import java.util.Objects;

/**
 * One piece of evidence for a pole: a cue found in a buyer line, or a fact of the order history.
 *
 * @param messageIndex the index of the line in the list given to the profiler, or {@link #HISTORY}
 * @param line the buyer's line as written, or the history fact ("买过2单")
 * @param matched what fired, in normalised form: the words (with the negator when negated, "不急"), the
 *        category code for a category cue, or the history fact
 * @param cue the rule: "lit:急用", "seq:哪个~好", "re:…", "cat:BARGAIN", "history:paid_orders"; a negated
 *        cue adds " negated by 不, flipped" or ", kept"
 * @param pole the pole it counts for (after a flip)
 * @param weight how much it counts, in (0,1]
 */
public record Evidence(int messageIndex, String line, String matched, String cue, Pole pole, double weight) {

    /** The message index of evidence that comes from the order history. */
    public static final int HISTORY = -1;

    public Evidence {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(cue, "cue");
        if (pole == null || pole == Pole.UNKNOWN) {
            throw new IllegalArgumentException("evidence counts for a pole");
        }
        if (messageIndex < HISTORY) {
            throw new IllegalArgumentException("messageIndex: " + messageIndex);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must lie in (0,1]: " + weight);
        }
    }

    public boolean fromHistory() {
        return messageIndex == HISTORY;
    }
}
