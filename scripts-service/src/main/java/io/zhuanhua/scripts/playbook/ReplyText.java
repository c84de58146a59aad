package io.zhuanhua.scripts.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * Checks for text that reaches buyers: script wordings and the product and policy facts filled into them.
 * Such text must pass the suite's compliance rules on every platform, since a reply may be sent anywhere.
 */
public final class ReplyText {
    private ReplyText() {
    }

    /** Trimmed, non-blank, at most {@code max} characters (as a reader counts them), without NUL. */
    public static String require(String field, String raw, int max) {
        String text = optional(field, raw, max);
        if (text.isEmpty()) {
            throw new InvalidFieldException(field, "required");
        }
        return text;
    }

    /** Like {@link #require} but may be empty. */
    public static String optional(String field, String raw, int max) {
        String text = raw.strip();
        if (length(text) > max) {
            throw new InvalidFieldException(field, "at most " + max + " characters");
        }
        // PostgreSQL text cannot hold NUL; line breaks and tabs are fine in a reply.
        if (text.indexOf('\0') >= 0) {
            throw new InvalidFieldException(field, "must not contain NUL characters");
        }
        return text;
    }

    /** Each entry {@link #require}d and {@link #compliant}; at most {@code maxEntries}. */
    public static List<String> list(String field, List<String> raw, int maxEntries, int max, boolean lint) {
        if (raw.size() > maxEntries) {
            throw new InvalidFieldException(field, "at most " + maxEntries + " entries");
        }
        List<String> clean = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String entry = require(field + "[" + i + "]", raw.get(i), max);
            clean.add(lint ? compliant(field + "[" + i + "]", entry) : entry);
        }
        return clean;
    }

    /** The text if it breaks no compliance rule; otherwise INVALID_ARGUMENT with every offending span. */
    public static String compliant(String field, String text) {
        List<Risk> risks = ComplianceRules.defaults().lint(null, text);
        if (!risks.isEmpty()) {
            throw new InvalidFieldException(field, "not compliant: " + risks.stream()
                    .map(r -> r.type() + " \"" + r.evidence() + "\" at " + r.start() + "-" + r.end())
                    .collect(Collectors.joining("; ")));
        }
        return text;
    }

    /** Characters as a reader counts them: a CJK character or an emoji is one. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
