package io.zhuanhua.metrics.export;

import java.time.LocalDate;
import java.util.List;

import io.zhuanhua.metrics.consultation.ConversationFacts;

/**
 * One conversation as the export shows it, unmasked (the CSV masks what leaves).
 *
 * @param agents       the human agents who replied, in order of their first reply
 * @param mainCategory the category code, null when not classified
 * @param ordered      null for an after-sale conversation (no inquiry, so no outcome)
 * @param paid         null for an after-sale conversation
 * @param facts        response times and loss evidence
 */
public record ConversationRow(String conversationId, String buyerId, LocalDate day, List<String> agents,
        boolean botReplied, String mainCategory, boolean inquiry, Boolean ordered, Boolean paid,
        ConversationFacts facts) {

    public ConversationRow {
        agents = List.copyOf(agents);
    }

    /** Lost: an inquiry whose buyer did not order in the window. */
    public boolean lost() {
        return inquiry && Boolean.FALSE.equals(ordered);
    }
}
