package io.zhuanhua.compliance;

import java.util.Objects;

/**
 * One risk found in a message or a reply text.
 *
 * @param type        what kind of risk
 * @param start       UTF-16 offset of the evidence in the ORIGINAL text (inclusive); -1 for an attachment
 * @param end         UTF-16 offset of the end of the evidence in the original text (exclusive); -1 for an
 *                    attachment
 * @param evidence    the matched substring of the original text ({@code text.substring(start, end)}), or the
 *                    attachment's name for {@link RiskType#FILE_ATTACHMENT}
 * @param instruction a short instruction for the agent, in Chinese (from risk-instructions.tsv)
 */
public record Risk(RiskType type, int start, int end, String evidence, String instruction) {

    /** Validates the span: either -1/-1 or 0 &lt;= start &lt;= end. */
    public Risk {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(instruction, "instruction");
        if (!(start == -1 && end == -1) && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True when the evidence is a span of the text (false for an attachment). */
    public boolean inText() {
        return start >= 0;
    }
}
