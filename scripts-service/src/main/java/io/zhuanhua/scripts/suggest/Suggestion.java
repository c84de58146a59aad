package io.zhuanhua.scripts.suggest;

/** A reply offered to an agent: ready-to-send text, where it comes from, and why it ranks where it does. */
public record Suggestion(String scriptId, String text, double score, String reason, boolean defaultPlaybook) {
}
