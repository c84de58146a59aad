package io.zhuanhua.chat.lost;

import java.util.Arrays;

import io.zhuanhua.chat.analysis.TextNormalizer;

/**
 * A message text folded for cue matching, remembering where each folded character came from so that a
 * cue found in the folded text can be quoted from the original. Folding is TextNormalizer's (width,
 * case, traditional to simplified, meaningful emoji as words), applied one code point at a time so that
 * the offsets survive; whitespace, punctuation and other emoji are dropped, and where they were a new
 * clause begins ("顺丰发不了哦，邮政可以" is two clauses).
 */
final class FoldedLine {
    private final String raw;
    private final String text;
    /** Per folded character: start and end of the code point it came from in {@code raw}, and its clause. */
    private final int[] from;
    private final int[] to;
    private final int[] clause;

    private FoldedLine(String raw, String text, int[] from, int[] to, int[] clause) {
        this.raw = raw;
        this.text = text;
        this.from = from;
        this.to = to;
        this.clause = clause;
    }

    static FoldedLine of(String raw) {
        TextNormalizer normalizer = TextNormalizer.defaults();
        StringBuilder text = new StringBuilder(raw.length());
        int[] from = new int[raw.length() + 8];
        int[] to = new int[from.length];
        int[] clause = new int[from.length];
        int current = 0;
        boolean broken = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            String folded;
            if (cp < 0x80) {
                folded = Character.isLetterOrDigit(cp) ? String.valueOf((char) Character.toLowerCase(cp)) : "";
            } else {
                folded = normalizer.normalize(raw.substring(i, next));
            }
            if (folded.isEmpty()) {
                broken = true;
            } else if (broken && text.length() > 0) {
                current++;
            }
            for (int k = 0; k < folded.length(); k++) {
                if (text.length() == from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    to = Arrays.copyOf(to, to.length * 2);
                    clause = Arrays.copyOf(clause, clause.length * 2);
                }
                from[text.length()] = i;
                to[text.length()] = next;
                clause[text.length()] = current;
                text.append(folded.charAt(k));
                broken = false;
            }
            i = next;
        }
        return new FoldedLine(raw, text.toString(), from, to, clause);
    }

    String raw() {
        return raw;
    }

    /** The folded text cues are matched against. */
    String text() {
        return text;
    }

    /** The clause (0, 1, …) of the folded character at {@code index}. */
    int clause(int index) {
        return clause[index];
    }

    /** Start in the raw text of the folded span starting at {@code start}. */
    int rawStart(int start) {
        return start < text.length() ? from[start] : raw.length();
    }

    /** End in the raw text of the folded span ending at {@code end} (exclusive). */
    int rawEnd(int end) {
        return end > 0 ? to[end - 1] : 0;
    }
}
