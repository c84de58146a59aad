package io.zhuanhua.chat.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.chat.analysis.CategoryScore;

/**
 * What one conversation says about a buyer's consultation, derived from its messages and marks only
 * (never from arrival order).
 *
 * @param firstBuyerMessageAt null when the buyer has not written
 * @param mainCategory the first real question's category; a steering category when there is none; null
 *        without buyer messages
 * @param inquiry pre-sale: the buyer wrote, the platform did not mark it after-sale and the main category
 *        is not an after-sale one
 * @param replies agent and bot messages in time order
 * @param agentIds human agents in order of their first reply
 */
public record ConversationFacts(Instant startedAt, Instant lastMessageAt, Instant firstBuyerMessageAt,
        Category mainCategory, boolean inquiry, List<Reply> replies, List<String> agentIds, boolean botReplied,
        Instant transferredAt, Duration botFirstResponse, Duration humanFirstResponse, boolean closed,
        int messageCount) {

    /** One answer to the buyer. */
    public record Reply(Sender sender, String agentId, Instant at) {
    }

    /**
     * @param messages the conversation's messages, sorted by time
     * @param marks transfers and closes that fall in the conversation
     */
    public static ConversationFacts of(List<Utterance> messages, List<ChatEvent.Mark> marks) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a conversation has at least one message");
        }
        Instant firstBuyer = null;
        Category main = null;
        boolean afterSaleMarked = false;
        List<Reply> replies = new ArrayList<>();
        LinkedHashSet<String> agents = new LinkedHashSet<>();
        for (Utterance m : messages) {
            afterSaleMarked |= m.afterSale();
            if (m.sender() == Sender.BUYER) {
                if (firstBuyer == null) {
                    firstBuyer = m.at();
                    main = top(m.categories()).orElse(Category.OTHER);
                }
                if (!main.realQuestion()) {
                    Optional<Category> question = m.categories().stream().map(CategoryScore::category)
                            .filter(Category::realQuestion).findFirst();
                    if (question.isPresent()) {
                        main = question.get();
                    }
                }
            } else if (m.sender().replies()) {
                replies.add(new Reply(m.sender(), m.agentId(), m.at()));
                if (m.sender() == Sender.AGENT) {
                    agents.add(m.agentId());
                }
            }
        }
        FirstResponses first = FirstResponses.of(messages, marks);
        boolean closed = marks.stream().anyMatch(k -> k.kind() == ChatEvent.MarkKind.CLOSE);
        boolean inquiry = firstBuyer != null && !afterSaleMarked && !main.afterSale();
        return new ConversationFacts(messages.get(0).at(), messages.get(messages.size() - 1).at(), firstBuyer, main,
                inquiry, List.copyOf(replies), List.copyOf(agents),
                replies.stream().anyMatch(r -> r.sender() == Sender.BOT), first.transferredAt(), first.bot(),
                first.human(), closed, messages.size());
    }

    private static Optional<Category> top(List<CategoryScore> categories) {
        return categories.stream().findFirst().map(CategoryScore::category);
    }
}
