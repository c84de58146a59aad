package io.zhuanhua.chat.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.zhuanhua.chat.analysis.QuestionClassifier;

/** The classifier is plain Java; this makes the default one (its lexicon loaded once) injectable. */
public class Analysis {

    @Produces
    @Singleton
    QuestionClassifier questionClassifier() {
        return QuestionClassifier.defaults();
    }
}
