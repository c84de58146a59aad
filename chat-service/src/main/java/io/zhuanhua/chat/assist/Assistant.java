package io.zhuanhua.chat.assist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.analysis.QuestionClassifier;
import io.zhuanhua.chat.config.ShopPolicies;
import io.zhuanhua.chat.config.ShopPolicy;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.ChatEventRules;
import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.chat.profile.CustomerProfile;
import io.zhuanhua.chat.profile.CustomerProfiler;
import io.zhuanhua.chat.profile.OrderHistory;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

/** Live help on one buyer message: what it asks, what is risky, who answers, and with which words. */
public final class Assistant {
    static final int MAX_SUGGESTIONS = 10;
    static final int DEFAULT_SUGGESTIONS = 3;
    /** ProductService's longest item id. */
    static final int MAX_ITEM_ID = 64;
    /** As long as a buyer id may be. */
    static final int MAX_BUYER_NAME = 128;

    private final QuestionClassifier classifier;
    private final MessageScreening screening;
    private final ShopPolicies policies;
    private final ReplySource replies;
    private final ConversationHistory history;
    private final CustomerProfiler profiler;
    private final Clock clock;

    public Assistant(QuestionClassifier classifier, MessageScreening screening, ShopPolicies policies,
            ReplySource replies, ConversationHistory history, CustomerProfiler profiler, Clock clock) {
        this.classifier = classifier;
        this.screening = screening;
        this.policies = policies;
        this.replies = replies;
        this.history = history;
        this.profiler = profiler;
        this.clock = clock;
    }

    /**
     * A buyer message as it arrives.
     *
     * @param buyerName the buyer's display name, empty if unknown
     * @param threadKey the thread as in ChatEvent; empty means the buyer's one thread with the shop
     * @param itemId the item the buyer asks about, empty if unknown
     */
    public record LiveMessage(String shopId, Platform platform, String buyerId, String buyerName, String threadKey,
            String text, List<ChatEvent.Attachment> attachments, String itemId) {
    }

    public record Help(List<CategoryScore> categories, List<Risk> risks, RoutingPolicy.Decision routing,
            List<SuggestedReply> suggestions, CustomerProfile customer) {
    }

    public Help assist(LiveMessage m, String language, int maxSuggestions) {
        if (m.platform() == null) {
            throw new InvalidFieldException("platform", "required");
        }
        if (m.buyerId().isBlank()) {
            throw new InvalidFieldException("buyer_id", "required");
        }
        if (m.buyerName().length() > MAX_BUYER_NAME) {
            throw new InvalidFieldException("buyer_name", "at most " + MAX_BUYER_NAME + " characters");
        }
        if (m.itemId().length() > MAX_ITEM_ID) {
            throw new InvalidFieldException("item_id", "at most " + MAX_ITEM_ID + " characters");
        }
        ChatEventRules.content(m.text(), m.attachments());
        if (maxSuggestions < 0 || maxSuggestions > MAX_SUGGESTIONS) {
            throw new InvalidFieldException("max_suggestions", "between 0 and " + MAX_SUGGESTIONS);
        }
        Instant now = clock.instant();
        List<CategoryScore> categories = classifier.classify(m.text());
        List<Risk> risks = screening.screen(m.platform(), Sender.BUYER, m.text(), m.attachments());
        Category main = categories.stream().map(CategoryScore::category).filter(Category::realQuestion).findFirst()
                .orElse(categories.get(0).category());
        // The live message completes what the buyer said so far in the current conversation.
        List<Utterance> said = new ArrayList<>(history.current(m.shopId(), m.platform(),
                m.threadKey().isEmpty() ? m.buyerId() : m.threadKey()));
        said.add(new Utterance(Sender.BUYER, "", now, m.text(), categories, false));
        CustomerProfile customer = profiler.profile(said, OrderHistory.UNKNOWN);
        ShopPolicy policy = policies.of(m.shopId());
        RoutingPolicy.Decision routing = new RoutingPolicy(policy.botCategories(), policy.businessHours())
                .decide(categories, risks, now);
        int limit = maxSuggestions == 0 ? DEFAULT_SUGGESTIONS : maxSuggestions;
        List<SuggestedReply> suggestions = new ArrayList<>();
        // A closed shop's bot opens with the off-hours reply (when the shop opens, what to do meanwhile).
        if (!policy.businessHours().isOpen(now)) {
            suggestions.addAll(replies.suggest(query(m, ReplySource.Occasion.OFF_HOURS, main, customer, language, 1)));
        }
        if (suggestions.size() < limit) {
            suggestions.addAll(replies.suggest(query(m, ReplySource.Occasion.ANSWER, main, customer, language,
                    limit - suggestions.size())));
        }
        return new Help(categories, risks, routing, suggestions, customer);
    }

    private static ReplySource.Query query(LiveMessage m, ReplySource.Occasion occasion, Category category,
            CustomerProfile customer, String language, int limit) {
        return new ReplySource.Query(m.shopId(), m.platform(), occasion, category, m.text(), m.itemId(),
                m.buyerName(), customer, language, limit);
    }

    /** The risks an agent must fix before sending the draft. */
    public List<Risk> checkDraft(Platform platform, String draft) {
        if (platform == null) {
            throw new InvalidFieldException("platform", "required");
        }
        if (draft.isBlank()) {
            throw new InvalidFieldException("text", "required");
        }
        if (draft.length() > ChatEventRules.MAX_TEXT) {
            throw new InvalidFieldException("text", "at most " + ChatEventRules.MAX_TEXT + " characters");
        }
        return screening.checkDraft(platform, draft);
    }
}
