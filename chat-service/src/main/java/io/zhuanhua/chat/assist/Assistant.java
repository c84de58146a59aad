package io.zhuanhua.chat.assist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.analysis.QuestionClassifier;
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

    private final QuestionClassifier classifier;
    private final MessageScreening screening;
    private final RoutingPolicy routing;
    private final ReplySource replies;
    private final ConversationHistory history;
    private final CustomerProfiler profiler;

    public Assistant(QuestionClassifier classifier, MessageScreening screening, RoutingPolicy routing,
            ReplySource replies, ConversationHistory history, CustomerProfiler profiler) {
        this.classifier = classifier;
        this.screening = screening;
        this.routing = routing;
        this.replies = replies;
        this.history = history;
        this.profiler = profiler;
    }

    public record Help(List<CategoryScore> categories, List<Risk> risks, RoutingPolicy.Decision routing,
            List<SuggestedReply> suggestions, CustomerProfile customer) {
    }

    /** @param threadKey the thread as in ChatEvent; empty means the buyer's one thread with the shop */
    public Help assist(String shopId, Platform platform, String buyerId, String threadKey, String text,
            List<ChatEvent.Attachment> attachments, String language, int maxSuggestions) {
        if (platform == null) {
            throw new InvalidFieldException("platform", "required");
        }
        if (buyerId.isBlank()) {
            throw new InvalidFieldException("buyer_id", "required");
        }
        ChatEventRules.content(text, attachments);
        if (maxSuggestions < 0 || maxSuggestions > MAX_SUGGESTIONS) {
            throw new InvalidFieldException("max_suggestions", "between 0 and " + MAX_SUGGESTIONS);
        }
        List<CategoryScore> categories = classifier.classify(text);
        List<Risk> risks = screening.screen(platform, Sender.BUYER, text, attachments);
        Category main = categories.stream().map(CategoryScore::category).filter(Category::realQuestion).findFirst()
                .orElse(categories.get(0).category());
        // The live message completes what the buyer said so far in the current conversation.
        List<Utterance> said = new ArrayList<>(history.current(shopId, platform, threadKey.isEmpty() ? buyerId : threadKey));
        said.add(new Utterance(Sender.BUYER, "", Instant.now(), text, categories, false));
        return new Help(categories, risks, routing.decide(categories, risks), replies.suggest(shopId, main,
                language, maxSuggestions == 0 ? DEFAULT_SUGGESTIONS : maxSuggestions),
                profiler.profile(said, OrderHistory.UNKNOWN));
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
