package io.zhuanhua.scripts.size;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer for the agent: the recommended size (empty when the buyer gave no measurement or is outside
 * the chart), a reason in Chinese ("身高175cm 体重70kg（140斤），按尺码表建议XL"), whether the buyer was
 * between two sizes, and which rule then decided (empty when not in between).
 */
public record SizeAdvice(Status status, Optional<String> size, String reason, boolean inBetween,
        Optional<InBetweenRule> decidedBy) {

    public enum Status {
        /** Every given measure points to the same single size. */
        FITS,
        /** Measures disagree, or one falls on a boundary or into a gap: the chart's rule decided. */
        IN_BETWEEN,
        /** The line holds no height or weight: ask the buyer. */
        NO_MEASUREMENT,
        /** A measure lies below the smallest or above the largest size: a human should answer. */
        OUT_OF_CHART
    }

    public SizeAdvice {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (inBetween != (status == Status.IN_BETWEEN) || inBetween == decidedBy.isEmpty()) {
            throw new IllegalArgumentException("inBetween, status and decidedBy disagree");
        }
        if (size.isPresent() != (status == Status.FITS || status == Status.IN_BETWEEN)) {
            throw new IllegalArgumentException("a size is given exactly when the status is FITS or IN_BETWEEN");
        }
    }
}
