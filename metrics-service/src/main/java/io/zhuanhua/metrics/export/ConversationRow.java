package io.zhuanhua.metrics.export;

import java.time.LocalDate;
import java.util.List;

import io.zhuanhua.metrics.inquiry.ConversationFacts;
import io.zhuanhua.metrics.lost.LostInquiry;

/**
 * One conversation as the export shows it, unmasked (the CSV masks what leaves).
 *
 * @param agents       the human agents who replied, in order of their first reply
 * @param mainCategory the category code, null when not classified
 * @param ordered      null for an after-sale conversation (no inquiry, so no outcome)
 * @param paid         null for an after-sale conversation
 * @param facts        response times and loss evidence
 * @param lost         the lost inquiry the conversation belongs to, with its reason; null unless lost
 */
public record ConversationRow(String conversationId, String buyerId, LocalDate day, List<String> agents,
        boolean botReplied, String mainCategory, boolean inquiry, Boolean ordered, Boolean paid,
        ConversationFacts facts, LostInquiry lost) {

    public ConversationRow {
        agents = List.copyOf(agents);
    }
}
