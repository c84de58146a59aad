package io.zhuanhua.metrics.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * What chat-service's analysis says about one conversation, as the reports beyond attribution read it.
 *
 * @param categories        every question category the buyer's messages carried, in order of first appearance
 * @param itemIds           the items it was about, the conversation's product first
 * @param lossEvidence      why the buyer may not have ordered, in conversation order
 * @param firstHumanResponse the wait for the first human reply and its agent; empty without a human reply
 * @param agentTurns        the buyer turns a human answered, each with its agent, in time order
 * @param scriptIds         the reply scripts sent in it
 */
public record ConversationFacts(String conversationId, Instant firstBuyerMessageAt, List<Category> categories,
        List<String> itemIds, List<LossEvidence> lossEvidence, Optional<AgentWait> firstHumanResponse,
        List<AgentWait> agentTurns, Set<String> scriptIds) {

    public ConversationFacts {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(firstBuyerMessageAt, "firstBuyerMessageAt");
        categories = List.copyOf(categories);
        itemIds = List.copyOf(itemIds);
        lossEvidence = List.copyOf(lossEvidence);
        Objects.requireNonNull(firstHumanResponse, "firstHumanResponse");
        agentTurns = List.copyOf(agentTurns);
        scriptIds = Set.copyOf(scriptIds);
    }

    /** A conversation without analysis facts (stored before metrics-service kept them). */
    public static ConversationFacts none(String conversationId, Instant firstBuyerMessageAt) {
        return new ConversationFacts(conversationId, firstBuyerMessageAt, List.of(), List.of(), List.of(),
                Optional.empty(), List.of(), Set.of());
    }

    /** The conversation's product: the first item it was about. */
    public Optional<String> product() {
        return itemIds.isEmpty() ? Optional.empty() : Optional.of(itemIds.get(0));
    }
}
