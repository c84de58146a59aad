package io.zhuanhua.scripts.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;

class ScriptContentTest {

    @Test
    void trimsAndNormalises() {
        ScriptContent content = ScriptContent.of(Category.SHIPPING_FEE, "  包邮说明 ", List.of("\u3000亲，包邮哦~ \n"),
                "zh-cn");
        assertEquals("包邮说明", content.title());
        assertEquals(List.of("亲，包邮哦~"), content.variants());
        assertEquals("zh-CN", content.language());
    }

    @Test
    void emptyLanguageMeansChinese() {
        assertEquals("zh-CN", ScriptContent.of(Category.ACK, "t", List.of("好的"), "").language());
    }

    @Test
    void countsCharactersNotBytes() {
        ScriptContent.of(Category.ACK, "好".repeat(100), List.of("好".repeat(1000)), "zh-CN");
        ScriptContent.of(Category.ACK, "😀".repeat(100), List.of("亲"), "zh-CN");
    }

    @Test
    void namesTheRejectedField() {
        assertField("category", () -> ScriptContent.of(null, "t", List.of("v"), ""));
        assertField("title", () -> ScriptContent.of(Category.ACK, "  ", List.of("v"), ""));
        assertField("title", () -> ScriptContent.of(Category.ACK, "好".repeat(101), List.of("v"), ""));
        assertField("title", () -> ScriptContent.of(Category.ACK, "a\nb", List.of("v"), ""));
        assertField("variants", () -> ScriptContent.of(Category.ACK, "t", List.of(), ""));
        assertField("variants", () -> ScriptContent.of(Category.ACK, "t", Collections.nCopies(21, "v"), ""));
        assertField("variants[1]", () -> ScriptContent.of(Category.ACK, "t", List.of("v", " \t "), ""));
        assertField("variants[0]", () -> ScriptContent.of(Category.ACK, "t", List.of("好".repeat(1001)), ""));
        assertField("variants[0]", () -> ScriptContent.of(Category.ACK, "t", List.of("a\0b"), ""));
        assertField("language", () -> ScriptContent.of(Category.ACK, "t", List.of("v"), "zh_CN"));
        assertField("language", () -> ScriptContent.of(Category.ACK, "t", List.of("v"), "not a tag"));
    }

    @Test
    void knowsTheVariablesItsWordingsUse() {
        ScriptContent content = ScriptContent.of(Category.SIZE_FIT, "t",
                List.of("{buyer}，{product}建议选{size}码", "{size}码，{buyer}"), "");
        assertEquals(List.of("buyer", "product", "size"), content.variables());
        assertField("variants[1]", () -> ScriptContent.of(Category.ACK, "t", List.of("好", "亲{name}"), ""));
        assertField("variants[0]", () -> ScriptContent.of(Category.ACK, "t", List.of("亲{}"), ""));
    }

    @Test
    void occasionsOtherThanAnswersHaveNoCategory() {
        ScriptContent offHours = ScriptContent.of(Occasion.OFF_HOURS, null, "下班", List.of("亲，上班后回复您"), "",
                ScriptScope.ANY);
        assertEquals("OFF_HOURS", offHours.topic());
        assertEquals(102, offHours.sortKey());
        assertField("category", () -> ScriptContent.of(Occasion.UNPAID_ORDER, Category.ACK, "t", List.of("v"), "",
                ScriptScope.ANY));
    }

    @Test
    void scopeKeepsOnePolePerDimensionSortedAndWithoutDuplicates() {
        ScriptScope scope = ScriptScope.of(List.of(CustomerPole.URGENT, CustomerPole.PRICE_SENSITIVE,
                CustomerPole.URGENT), List.of(" 528690173109 ", "1"), List.of(), List.of(Platform.TMALL, Platform.JD));
        assertEquals(List.of(CustomerPole.PRICE_SENSITIVE, CustomerPole.URGENT), scope.customerPoles());
        assertEquals(List.of("1", "528690173109"), scope.itemIds());
        assertEquals(List.of(Platform.TMALL, Platform.JD), scope.platforms());
        assertField("customer_poles", () -> ScriptScope.of(List.of(CustomerPole.URGENT, CustomerPole.BROWSING),
                List.of(), List.of(), List.of()));
        assertField("sku_ids[1]", () -> ScriptScope.of(List.of(), List.of(), List.of("a", " "), List.of()));
    }

    @Test
    void scriptIdsAreCanonicalUuids() {
        UUID id = UUID.randomUUID();
        assertEquals(id, ScriptIds.parse("script_id", id.toString().toUpperCase()));
        assertField("script_id", () -> ScriptIds.parse("script_id", ""));
        assertField("script_id", () -> ScriptIds.parse("script_id", "1-2-3-4-5"));
        assertField("script_id", () -> ScriptIds.parse("script_id", "default:SIZE_FIT:1"));
    }

    @Test
    void shopIdsAreBounded() {
        assertEquals("shop-a", ShopIds.require("shop-a"));
        assertField("shop_id", () -> ShopIds.require(" "));
        assertField("shop_id", () -> ShopIds.require("s".repeat(129)));
        assertField("shop_id", () -> ShopIds.require("shop\0a"));
    }

    private static void assertField(String field, Runnable call) {
        assertEquals(field, assertThrows(InvalidFieldException.class, call::run).field());
    }
}
