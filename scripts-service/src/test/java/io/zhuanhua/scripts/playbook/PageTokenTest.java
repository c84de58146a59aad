package io.zhuanhua.scripts.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

class PageTokenTest {

    @Test
    void roundTrips() {
        PageToken all = new PageToken(Optional.empty(), Category.STOCK.number(), UUID.randomUUID());
        assertEquals(all, PageToken.decode(all.encode(), Optional.empty()));
        PageToken filtered = new PageToken(Optional.of(Category.REFUND), Category.REFUND.number(), UUID.randomUUID());
        assertEquals(filtered, PageToken.decode(filtered.encode(), Optional.of(Category.REFUND)));
    }

    @Test
    void coversOccasionsAfterCategories() {
        PageToken offHours = new PageToken(Optional.empty(), 102, UUID.randomUUID());
        assertEquals(offHours, PageToken.decode(offHours.encode(), Optional.empty()));
    }

    @Test
    void isBoundToItsFilter() {
        PageToken token = new PageToken(Optional.of(Category.REFUND), Category.REFUND.number(), UUID.randomUUID());
        assertEquals("page_token: was issued for another category filter",
                assertThrows(InvalidFieldException.class, () -> PageToken.decode(token.encode(), Optional.empty()))
                        .getMessage());
    }

    @Test
    void rejectsAnythingElse() {
        for (String garbage : new String[] { "x", "!!!", encoded("v1:0:13"), encoded("v2:0:13:" + UUID.randomUUID()),
                encoded("v1:0:99:" + UUID.randomUUID()), encoded("v1:0:101:" + UUID.randomUUID()), encoded("v1:77:13:" + UUID.randomUUID()),
                encoded("v1:0:13:not-a-uuid"), encoded("v1:a:13:" + UUID.randomUUID()) }) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class,
                    () -> PageToken.decode(garbage, Optional.empty()), garbage);
            assertEquals("page_token", e.field());
        }
    }

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
