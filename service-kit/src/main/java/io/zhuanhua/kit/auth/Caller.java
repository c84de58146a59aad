package io.zhuanhua.kit.auth;

import java.util.Optional;
import java.util.Set;

import io.grpc.Context;

/** An authenticated client. */
public record Caller(String name, Set<String> shops, boolean internal) {
    /** Set by {@link ApiKeyInterceptor} for the duration of a call. */
    static final Context.Key<Caller> CURRENT = Context.key("zhuanhua-caller");

    public boolean mayAccess(String shopId) {
        return internal || shops.contains(shopId);
    }

    /** The client of the gRPC call being served on this thread; empty outside a call. */
    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
