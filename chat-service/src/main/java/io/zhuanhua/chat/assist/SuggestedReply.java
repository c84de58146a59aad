package io.zhuanhua.chat.assist;

/**
 * A reply from the shop's playbook that fits the question, its variables filled.
 *
 * @param defaultPlaybook from the default playbook rather than the shop's own scripts
 */
public record SuggestedReply(String scriptId, String text, double score, String reason, boolean defaultPlaybook) {
}
