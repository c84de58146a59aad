package io.zhuanhua.kit.auth;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/** Resolves an API key to its client; built once from {@link AuthConfig}. */
@ApplicationScoped
public class Callers {
    private static final int SHA256_HEX_LENGTH = 64;

    private final Map<String, Caller> byKeyHash = new HashMap<>();

    public Callers(AuthConfig config) {
        config.clients().forEach((name, client) -> byKeyHash.put(checkedHash(name, client.keySha256()),
                new Caller(name, Set.copyOf(client.shops().orElse(List.of()).stream().filter(s -> !s.isBlank())
                        .toList()), client.internal())));
    }

    public Optional<Caller> byKey(String apiKey) {
        return Optional.ofNullable(byKeyHash.get(ApiKeys.sha256Hex(apiKey)));
    }

    /**
     * A plaintext key pasted where its hash belongs would sit readable in a ConfigMap: refuse to start, and do
     * not echo the value.
     */
    private static String checkedHash(String client, String keySha256) {
        String hash = keySha256.trim().toLowerCase();
        if (hash.length() != SHA256_HEX_LENGTH || !hash.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalStateException("zhuanhua.auth.clients." + client
                    + ".key-sha256 is not a SHA-256 in hex (64 characters); configure the key's hash, never the key");
        }
        return hash;
    }
}
