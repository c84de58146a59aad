package io.zhuanhua.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Shared assertions: every span points into the original text, and the evidences of one type are as expected. */
final class Check {
    static final ComplianceRules RULES = ComplianceRules.defaults();

    private Check() {
    }

    /** Every in-text risk's evidence is exactly the original text between start and end. */
    static List<Risk> spansValid(String text, List<Risk> risks) {
        for (Risk r : risks) {
            assertFalse(r.instruction().isBlank(), () -> "instruction for " + r.type());
            if (r.inText()) {
                assertTrue(r.start() >= 0 && r.end() <= text.length() && r.start() < r.end(), r::toString);
                assertEquals(text.substring(r.start(), r.end()), r.evidence(), () -> "span of " + r);
            } else {
                assertEquals(RiskType.FILE_ATTACHMENT, r.type(), "only attachments lie outside the text");
            }
        }
        for (int i = 1; i < risks.size(); i++) {
            assertTrue(risks.get(i - 1).start() <= risks.get(i).start(), () -> "ordered by start: " + risks);
        }
        return risks;
    }

    /** The evidences of one risk type, in order. */
    static List<String> evidences(List<Risk> risks, RiskType type) {
        return risks.stream().filter(r -> r.type() == type).map(Risk::evidence).collect(Collectors.toList());
    }

    /** "a;b" to [a, b]; "-" (or null) to []. */
    static List<String> expected(String column) {
        if (column == null || column.equals("-")) {
            return List.of();
        }
        return Arrays.asList(column.split(";", -1));
    }

    static List<Risk> detect(Platform p, Speaker s, String text) {
        return spansValid(text, RULES.detect(p, s, text));
    }

    static List<Risk> lint(Platform p, String text) {
        return spansValid(text, RULES.lint(p, text));
    }
}
