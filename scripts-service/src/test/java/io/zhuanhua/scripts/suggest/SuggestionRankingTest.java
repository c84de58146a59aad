package io.zhuanhua.scripts.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.ReplyScript;
import io.zhuanhua.scripts.playbook.ScriptContent;

class SuggestionRankingTest {
    private static final UUID LOW = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID HIGH = UUID.fromString("ffffffff-0000-4000-8000-000000000001");
    private static final Optional<ScriptContent> DEFAULTS = Optional
            .of(ScriptContent.of(Category.SHIPPING_FEE, "运费说明", List.of("默认一", "默认二", "默认三"), "zh-CN"));

    @Test
    void onlyDefaultsWhenTheShopHasNoScript() {
        List<Suggestion> ranked = SuggestionRanking.rank(Category.SHIPPING_FEE, "zh-CN", List.of(), DEFAULTS, 3);
        assertEquals(List.of("default:SHIPPING_FEE:1", "default:SHIPPING_FEE:2", "default:SHIPPING_FEE:3"),
                ranked.stream().map(Suggestion::scriptId).toList());
        assertEquals(List.of("默认一", "默认二", "默认三"), ranked.stream().map(Suggestion::text).toList());
        assertTrue(ranked.stream().allMatch(Suggestion::defaultPlaybook));
        assertEquals(0.5, ranked.get(0).score());
        assertEquals("default playbook for SHIPPING_FEE (the shop has no zh-CN script for it yet), variant 1 of 3",
                ranked.get(0).reason());
    }

    @Test
    void shopScriptsRankAboveDefaultsWhichStillFillTheList() {
        List<Suggestion> ranked = SuggestionRanking.rank(Category.SHIPPING_FEE, "zh-CN",
                List.of(script(LOW, Category.SHIPPING_FEE, "zh-CN", "包邮", "店铺一")), DEFAULTS, 3);
        assertEquals(List.of("店铺一", "默认一", "默认二"), ranked.stream().map(Suggestion::text).toList());
        assertFalse(ranked.get(0).defaultPlaybook());
        assertEquals(LOW.toString(), ranked.get(0).scriptId());
        assertEquals(1.0, ranked.get(0).score());
        assertEquals("shop script \"包邮\" for SHIPPING_FEE, variant 1 of 1", ranked.get(0).reason());
        assertEquals("default playbook for SHIPPING_FEE, after the shop's own scripts, variant 1 of 3",
                ranked.get(1).reason());
    }

    @Test
    void firstVariantsOfEveryScriptComeBeforeSecondVariantsAndTiesGoByScriptId() {
        List<Suggestion> ranked = SuggestionRanking.rank(Category.SHIPPING_FEE, "zh-CN",
                List.of(script(HIGH, Category.SHIPPING_FEE, "zh-CN", "b", "B1", "B2"),
                        script(LOW, Category.SHIPPING_FEE, "zh-CN", "a", "A1", "A2")),
                DEFAULTS, 5);
        assertEquals(List.of("A1", "B1", "A2", "B2", "默认一"), ranked.stream().map(Suggestion::text).toList());
        assertEquals(ranked.get(0).score(), ranked.get(1).score());
        assertTrue(ranked.get(1).score() > ranked.get(2).score());
    }

    @Test
    void evenTheLastOfTwentyShopVariantsOutranksTheDefaults() {
        String[] variants = new String[ScriptContent.MAX_VARIANTS];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = "V" + i;
        }
        List<Suggestion> ranked = SuggestionRanking.rank(Category.SHIPPING_FEE, "zh-CN",
                List.of(script(LOW, Category.SHIPPING_FEE, "zh-CN", "t", variants)), DEFAULTS, 20);
        assertTrue(ranked.stream().noneMatch(Suggestion::defaultPlaybook));
        assertTrue(ranked.get(19).score() > 0.5);
    }

    @Test
    void ignoresOtherCategoriesAndLanguages() {
        List<Suggestion> ranked = SuggestionRanking.rank(Category.SHIPPING_FEE, "zh-CN",
                List.of(script(LOW, Category.PRICE, "zh-CN", "价格", "价格一"),
                        script(HIGH, Category.SHIPPING_FEE, "en-US", "fee", "Free shipping")),
                DEFAULTS, 20);
        assertTrue(ranked.stream().allMatch(Suggestion::defaultPlaybook));
        assertEquals(3, ranked.size());

        assertEquals(List.of("Free shipping"), SuggestionRanking.rank(Category.SHIPPING_FEE, "en-US",
                List.of(script(HIGH, Category.SHIPPING_FEE, "en-US", "fee", "Free shipping")), DEFAULTS, 20).stream()
                .map(Suggestion::text).toList());
    }

    @Test
    void honoursTheLimit() {
        assertEquals(1, SuggestionRanking.rank(Category.SHIPPING_FEE, "zh-CN", List.of(), DEFAULTS, 1).size());
        assertEquals(List.of(), SuggestionRanking.rank(Category.GIFT, "zh-CN", List.of(), Optional.empty(), 3));
    }

    private static ReplyScript script(UUID id, Category category, String language, String title, String... variants) {
        return new ReplyScript(id, "shop", ScriptContent.of(category, title, List.of(variants), language), 1,
                Instant.EPOCH);
    }
}
