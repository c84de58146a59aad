package io.zhuanhua.metrics.conversion;

import java.util.List;

/**
 * What chat-service's analysis says about a conversation beyond attribution: what it was about and how fast
 * it was answered. Reports group inquiries by its platform, main category and product.
 *
 * @param platform      platform code, e.g. "TAOBAO"; null when unknown
 * @param mainCategory  question category code, e.g. "SIZE_FIT"; null when not classified
 * @param productId     the item the conversation was about (its first item id); null when none
 * @param botOnly       only the bot replied
 * @param transferred   the bot handed the buyer to a human
 * @param botFirst      the bot's first response; null without one
 * @param humanFirst    the first human response (from the transfer when the bot answered first); null without
 * @param turns         every buyer turn in time order, answered or not
 */
public record ConversationFacts(String platform, String mainCategory, String productId, boolean botOnly,
        boolean transferred, ResponseWait botFirst, ResponseWait humanFirst, List<ResponseWait> turns) {

    public ConversationFacts {
        turns = List.copyOf(turns);
    }

    /** The bot replied at least once. */
    public boolean botReplied() {
        return botFirst != null;
    }

    /** Someone replied to the buyer. */
    public boolean replied() {
        return botFirst != null || humanFirst != null;
    }
}
