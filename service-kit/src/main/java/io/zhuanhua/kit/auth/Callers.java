package io.zhuanhua.kit.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/** Resolves an API key to its client; built once from {@link AuthConfig}. */
@ApplicationScoped
public class Callers {
    private final Map<String, Caller> byKeyHash = new HashMap<>();

    public Callers(AuthConfig config) {
        config.clients().forEach((name, client) -> byKeyHash.put(client.keySha256().toLowerCase(),
                new Caller(name, Set.copyOf(client.shops().orElse(List.of()).stream().filter(s -> !s.isBlank())
                        .toList()), client.internal())));
    }

    public Optional<Caller> byKey(String apiKey) {
        return Optional.ofNullable(byKeyHash.get(ApiKeys.sha256Hex(apiKey)));
    }
}
