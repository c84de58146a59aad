package io.zhuanhua.scripts.suggest;

import java.util.Map;

/**
 * A reply offered to an agent: ready-to-send text, where it comes from, why it ranks where it does, and the
 * variables filled into it (by name, in order of first use).
 */
public record Suggestion(String scriptId, String text, double score, String reason, boolean defaultPlaybook,
        Map<String, String> variables) {
}
