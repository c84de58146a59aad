package io.zhuanhua.chat.config;

import java.util.Objects;
import java.util.Set;

import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * What chat-service applies of a shop's policy: when the shop is open (business-time response figures, and
 * routing outside those hours) and which question categories the bot may answer.
 */
public record ShopPolicy(BusinessHours businessHours, Set<Category> botCategories) {
    public ShopPolicy {
        Objects.requireNonNull(businessHours, "businessHours");
        botCategories = Set.copyOf(botCategories);
    }
}
