package io.zhuanhua.chat.conversation;

import java.time.Instant;
import java.util.List;

import io.zhuanhua.chat.analysis.CategoryScore;

/** What a conversation's facts need of one stored message. */
public record Utterance(Sender sender, String agentId, Instant at, String text, List<CategoryScore> categories,
        boolean afterSale) {
}
