package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.auth.AuthConfig;
import io.zhuanhua.kit.auth.Callers;

class CallersTest {

    @Test
    void keyIsKnownOnlyByItsHash() {
        Callers callers = new Callers(config("taobao", ApiKeys.sha256Hex("test-key-shop-a").toUpperCase()));
        assertEquals("taobao", callers.byKey("test-key-shop-a").orElseThrow().name());
        assertTrue(callers.byKey("test-key-shop-b").isEmpty());
        // The hash itself is no key: whoever reads the configuration cannot call with it.
        assertTrue(callers.byKey(ApiKeys.sha256Hex("test-key-shop-a")).isEmpty());
    }

    @Test
    void plaintextKeyInConfigurationStopsTheServiceWithoutEchoingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Callers(config("taobao", "test-key-shop-a")));
        assertTrue(e.getMessage().contains("zhuanhua.auth.clients.taobao.key-sha256"), e.getMessage());
        assertFalse(e.getMessage().contains("test-key-shop-a"), e.getMessage());
    }

    @Test
    void hashOfWrongLengthIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> new Callers(config("taobao", ApiKeys.sha256Hex("k").substring(2))));
    }

    private static AuthConfig config(String name, String keySha256) {
        AuthConfig.Client client = new AuthConfig.Client() {
            @Override
            public String keySha256() {
                return keySha256;
            }

            @Override
            public Optional<List<String>> shops() {
                return Optional.of(List.of("shop-a"));
            }

            @Override
            public boolean internal() {
                return false;
            }
        };
        return () -> Map.of(name, client);
    }
}
