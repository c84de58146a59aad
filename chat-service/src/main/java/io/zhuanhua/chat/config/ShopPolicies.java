package io.zhuanhua.chat.config;

/**
 * The policy of each shop as chat-service applies it right now. Conversation analysis (business-time figures)
 * and Assist (routing) ask here per shop; answers are cheap after the first for a shop, so callers need not
 * keep them.
 */
public interface ShopPolicies {
    ShopPolicy of(String shopId);
}
