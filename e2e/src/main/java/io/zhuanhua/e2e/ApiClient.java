package io.zhuanhua.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zhuanhua.kit.auth.ApiKeys;

/**
 * A caller the services accept: a platform integration allowed some shops, or a service of the suite
 * (internal). The services only ever see the key's SHA-256.
 */
public record ApiClient(String name, String key, List<String> shops, boolean internal) {

    public static ApiClient integration(String name, String key, String... shops) {
        return new ApiClient(name, key, List.of(shops), false);
    }

    public static ApiClient internal(String name, String key) {
        return new ApiClient(name, key, List.of(), true);
    }

    /** The service configuration that registers this client (zhuanhua.auth.clients.*). */
    Map<String, String> serviceProperties() {
        String prefix = "zhuanhua.auth.clients." + name + ".";
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(prefix + "key-sha256", ApiKeys.sha256Hex(key));
        if (internal) {
            properties.put(prefix + "internal", "true");
        } else {
            properties.put(prefix + "shops", String.join(",", shops));
        }
        return properties;
    }
}
