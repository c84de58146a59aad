package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.auth.Caller;

class ApiKeysTest {

    @Test
    void hashesWithSha256() {
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ApiKeys.sha256Hex("test"));
    }

    @Test
    void platformCallerSeesOnlyItsShops() {
        Caller caller = new Caller("taobao", Set.of("shop-a"), false);
        assertTrue(caller.mayAccess("shop-a"));
        assertFalse(caller.mayAccess("shop-b"));
        assertTrue(new Caller("chat-service", Set.of(), true).mayAccess("shop-b"));
    }
}
