package io.zhuanhua.chat.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.zhuanhua.chat.analysis.QuestionClassifier;
import io.zhuanhua.chat.assist.Assistant;
import io.zhuanhua.chat.assist.ConversationHistory;
import io.zhuanhua.chat.assist.ReplySource;
import io.zhuanhua.chat.assist.RoutingPolicy;
import io.zhuanhua.chat.ingest.ConversationAnalyst;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.compliance.ComplianceRules;

/** The analysers are plain Java; this makes the default ones (their data loaded once) injectable. */
public class Analysis {

    @Produces
    @Singleton
    Assistant assistant(QuestionClassifier classifier, MessageScreening screening, ReplySource replies,
            ConversationHistory history, ConversationAnalyst analyst, ChatConfig config) {
        return new Assistant(classifier, screening, new RoutingPolicy(config.assist().botCategories()), replies,
                history, analyst.profiler());
    }

    @Produces
    @Singleton
    MessageScreening messageScreening() {
        return new MessageScreening(ComplianceRules.defaults());
    }

    @Produces
    @Singleton
    QuestionClassifier questionClassifier() {
        return QuestionClassifier.defaults();
    }
}
