package io.zhuanhua.kit.auth;

import java.util.Set;

/** An authenticated client. */
public record Caller(String name, Set<String> shops, boolean internal) {

    public boolean mayAccess(String shopId) {
        return internal || shops.contains(shopId);
    }
}
