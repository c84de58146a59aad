package io.zhuanhua.scripts.playbook;

import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * Shop ids come from the platform integrations; the API key interceptor already checks that the caller may
 * act for the shop. This only keeps values out of the database that it cannot index or store.
 */
public final class ShopIds {
    private static final int MAX_LENGTH = 128;

    private ShopIds() {
    }

    public static String require(String shopId) {
        if (shopId.isBlank()) {
            throw new InvalidFieldException("shop_id", "required");
        }
        if (shopId.length() > MAX_LENGTH) {
            throw new InvalidFieldException("shop_id", "at most " + MAX_LENGTH + " characters");
        }
        if (shopId.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("shop_id", "must not contain control characters");
        }
        return shopId;
    }
}
