package io.zhuanhua.chat.profile;

import java.util.List;

/**
 * The customer-type cues found in one line's words ({@link CustomerProfiler#read}): a function of the text
 * alone, so a line is read once however often its conversation is profiled again. What depends on the
 * conversation (the line's position, its categories) is added when profiling. Lines without a cue share one
 * instance. Immutable.
 */
public final class LineCues {
    private static final LineCues NONE = new LineCues(List.of(), 0);

    /** A cue's piece of evidence and where it lay (clause, [start, end) in the clause's normalised text). */
    record Piece(int clause, int start, int end, String matched, String cue, Pole pole, double weight) {
        Evidence evidence(int index, String line) {
            return new Evidence(index, line, matched, cue, pole, weight);
        }
    }

    private final List<Piece> pieces;
    /** A bit per dimension the words spoke of, negated or not. */
    private final int spoke;

    private LineCues(List<Piece> pieces, int spoke) {
        this.pieces = pieces;
        this.spoke = spoke;
    }

    /** No cue: also what a line the profiler does not read (not the buyer's) is given. */
    public static LineCues none() {
        return NONE;
    }

    static LineCues of(List<Piece> pieces, int spoke) {
        return pieces.isEmpty() && spoke == 0 ? NONE : new LineCues(List.copyOf(pieces), spoke);
    }

    static int bit(Dimension dimension) {
        return 1 << dimension.ordinal();
    }

    List<Piece> pieces() {
        return pieces;
    }

    boolean spoke(Dimension dimension) {
        return (spoke & bit(dimension)) != 0;
    }
}
