package io.zhuanhua.kit.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call this service. Each client has an API key, stored only as its SHA-256, and either a list
 * of shops (a platform integration) or the internal flag (another service of the suite).
 *
 * <pre>
 * zhuanhua.auth.clients.taobao-shop-a.key-sha256=9f86d0...
 * zhuanhua.auth.clients.taobao-shop-a.shops=shop-a
 * zhuanhua.auth.clients.chat-service.key-sha256=...
 * zhuanhua.auth.clients.chat-service.internal=true
 * </pre>
 */
@ConfigMapping(prefix = "zhuanhua.auth")
public interface AuthConfig {

    /** Clients by a name used only in logs. */
    Map<String, Client> clients();

    interface Client {
        /** Lower-case hex SHA-256 of the API key. */
        String keySha256();

        /** Shops this client may read and write; absent for an internal client. */
        // Optional, not @WithDefault(""): SmallRye Config rejects an empty default for a collection.
        Optional<List<String>> shops();

        /** A service of the suite: may act for every shop and call internal RPCs. */
        @WithDefault("false")
        boolean internal();
    }
}
