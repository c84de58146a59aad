package io.zhuanhua.kit.auth;

import java.util.Optional;
import java.util.Set;

import io.grpc.Context;

/** An authenticated client; {@code name} is the one configured for its key (never the key). */
public record Caller(String name, Set<String> shops, boolean internal) {
    static final Context.Key<Caller> CONTEXT_KEY = Context.key("zhuanhua-caller");

    /**
     * The client of the gRPC call being served, as {@link ApiKeyInterceptor} authenticated it; empty outside a
     * call to one of our services (a scheduled job, a test calling a bean directly).
     */
    public static Optional<Caller> current() {
        return Optional.ofNullable(CONTEXT_KEY.get());
    }

    public boolean mayAccess(String shopId) {
        return internal || shops.contains(shopId);
    }
}
