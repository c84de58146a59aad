package io.zhuanhua.chat.assist;

/** A reply from the shop's playbook that fits the question. */
public record SuggestedReply(String scriptId, String text, double score, String reason) {
}
