package io.zhuanhua.chat.analysis;

import java.util.Objects;

import io.zhuanhua.kit.taxonomy.Category;

/** One category found in a buyer's line, with how sure the classifier is (0..1). */
public record CategoryScore(Category category, double confidence) {

    public CategoryScore {
        Objects.requireNonNull(category, "category");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must lie in [0,1]: " + confidence);
        }
    }
}
