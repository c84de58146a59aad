package io.zhuanhua.chat.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.zhuanhua.chat.analysis.QuestionClassifier;
import io.zhuanhua.chat.assist.Assistant;
import io.zhuanhua.chat.assist.ConversationHistory;
import io.zhuanhua.chat.assist.ReplySource;
import io.zhuanhua.chat.ingest.ConversationAnalyst;
import io.zhuanhua.chat.policy.CachedPolicies;
import io.zhuanhua.chat.policy.PublishedPolicies;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.compliance.ComplianceRules;

/** The analysers are plain Java; this makes the default ones (their data loaded once) injectable. */
public class Analysis {

    @Produces
    @Singleton
    Assistant assistant(QuestionClassifier classifier, MessageScreening screening, ShopPolicies policies,
            ReplySource replies, ConversationHistory history, ConversationAnalyst analyst) {
        return new Assistant(classifier, screening, policies, replies, history, analyst.profiler(),
                Clock.systemUTC());
    }

    /** Each shop's policy as published in scripts-service, over this service's configuration. */
    @Produces
    @Singleton
    ShopPolicies shopPolicies(PublishedPolicies published, ChatConfig config) {
        return new CachedPolicies(new ConfiguredPolicies(config), published, config.policy().cacheTtl(),
                Clock.systemUTC());
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
