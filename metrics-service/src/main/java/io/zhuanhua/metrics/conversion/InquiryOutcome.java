package io.zhuanhua.metrics.conversion;

import java.util.Set;

/**
 * What became of one inquiry: whether its buyer ordered in the window and paid, and who served it. The
 * per-inquiry view behind the daily counts, for exports and drill-downs.
 *
 * @param servedBy the agents and the bot who replied in the inquiry's conversations
 */
public record InquiryOutcome(Inquiry inquiry, Set<Party> servedBy, boolean ordered, boolean paid) {

    public InquiryOutcome {
        servedBy = Set.copyOf(servedBy);
    }
}
