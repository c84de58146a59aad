package io.zhuanhua.scripts.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;
import io.zhuanhua.scripts.suggest.SuggestionRanking.Candidate;

class SuggestionRankingTest {
    private static final String LOW = "00000000-0000-4000-8000-000000000001";
    private static final String HIGH = "ffffffff-0000-4000-8000-000000000001";
    private static final Candidate DEFAULTS = new Candidate("SHIPPING_FEE",
            ScriptContent.of(Category.SHIPPING_FEE, "运费说明", List.of("默认一", "默认二", "默认三"), "zh-CN"), true);
    private static final ChatContext ANY_BUYER = new ChatContext(Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), "zh-CN");
    private static final Facts NO_FACTS = new Facts(Map.of(), Optional.empty());

    @Test
    void onlyDefaultsWhenTheShopHasNoScript() {
        List<Suggestion> ranked = rank(List.of(DEFAULTS), ANY_BUYER, NO_FACTS, 3);
        assertEquals(List.of("default:SHIPPING_FEE:1", "default:SHIPPING_FEE:2", "default:SHIPPING_FEE:3"),
                ranked.stream().map(Suggestion::scriptId).toList());
        assertEquals(List.of("默认一", "默认二", "默认三"), ranked.stream().map(Suggestion::text).toList());
        assertTrue(ranked.stream().allMatch(Suggestion::defaultPlaybook));
        assertTrue(ranked.get(0).score() < 0.5);
        assertEquals("default playbook \"运费说明\" for SHIPPING_FEE, variant 1 of 3", ranked.get(0).reason());
    }

    @Test
    void shopScriptsRankAboveDefaultsWhichStillFillTheList() {
        List<Suggestion> ranked = rank(List.of(DEFAULTS, shop(LOW, "包邮", "店铺一")), ANY_BUYER, NO_FACTS, 3);
        assertEquals(List.of("店铺一", "默认一", "默认二"), ranked.stream().map(Suggestion::text).toList());
        assertFalse(ranked.get(0).defaultPlaybook());
        assertEquals(LOW, ranked.get(0).scriptId());
        assertTrue(ranked.get(0).score() > 0.5);
        assertEquals("shop script \"包邮\" for SHIPPING_FEE, variant 1 of 1; effectiveness not measured yet",
                ranked.get(0).reason());
    }

    @Test
    void firstVariantsOfEveryScriptComeBeforeSecondVariantsAndTiesGoByScriptId() {
        List<Suggestion> ranked = rank(List.of(shop(HIGH, "b", "B1", "B2"), shop(LOW, "a", "A1", "A2"), DEFAULTS),
                ANY_BUYER, NO_FACTS, 5);
        assertEquals(List.of("A1", "B1", "A2", "B2", "默认一"), ranked.stream().map(Suggestion::text).toList());
        assertEquals(ranked.get(0).score(), ranked.get(1).score());
        assertTrue(ranked.get(1).score() > ranked.get(2).score());
    }

    @Test
    void evenTheLastOfTwentyShopVariantsOutranksTheBestFittingDefault() {
        String[] variants = new String[ScriptContent.MAX_VARIANTS];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = "V" + i;
        }
        Candidate fitting = new Candidate("BARGAIN:x", content(Category.SHIPPING_FEE,
                ScriptScope.of(List.of(CustomerPole.values()).stream().filter(p -> p.ordinal() % 2 == 0).toList(),
                        List.of(), List.of(), List.of()), "默认{buyer}{product}{size}{coupon}"), true);
        ChatContext everything = new ChatContext(Set.of(CustomerPole.values()), Optional.empty(), Optional.empty(),
                Optional.empty(), "zh-CN");
        Facts facts = new Facts(Map.of("buyer", "小王", "product", "T恤", "size", "XL", "coupon", "满99减10"),
                Optional.empty());
        List<Suggestion> ranked = rank(List.of(fitting, shop(LOW, "t", variants)), everything, facts, 21);
        assertEquals(21, ranked.size());
        assertTrue(ranked.subList(0, 20).stream().noneMatch(Suggestion::defaultPlaybook));
        assertTrue(ranked.get(19).score() > ranked.get(20).score());
    }

    @Test
    void customerTypeScriptsComeFirstForBuyersOfThatTypeAndOnlyForThem() {
        Candidate priceSensitive = new Candidate("SHIPPING_FEE:sensitive", content(Category.SHIPPING_FEE,
                ScriptScope.of(List.of(CustomerPole.PRICE_SENSITIVE), List.of(), List.of(), List.of()), "领券更省"),
                true);
        ChatContext sensitiveBuyer = new ChatContext(Set.of(CustomerPole.PRICE_SENSITIVE, CustomerPole.URGENT),
                Optional.empty(), Optional.empty(), Optional.empty(), "zh-CN");
        List<Suggestion> ranked = rank(List.of(DEFAULTS, priceSensitive), sensitiveBuyer, NO_FACTS, 2);
        assertEquals(List.of("领券更省", "默认一"), ranked.stream().map(Suggestion::text).toList());
        assertTrue(ranked.get(0).reason().contains("fits 价格敏感 buyers"), ranked.get(0).reason());

        assertEquals(List.of("默认一", "默认二"), rank(List.of(DEFAULTS, priceSensitive), ANY_BUYER, NO_FACTS, 2).stream()
                .map(Suggestion::text).toList());
    }

    @Test
    void scopedScriptsNeedTheirItemSkuAndPlatform() {
        Candidate forItem = new Candidate(LOW, content(Category.SHIPPING_FEE,
                ScriptScope.of(List.of(), List.of("item-1"), List.of(), List.of(Platform.JD)), "这款包邮"), false);
        ChatContext itemOnJd = new ChatContext(Set.of(), Optional.of("item-1"), Optional.empty(),
                Optional.of(Platform.JD), "zh-CN");
        assertEquals("这款包邮", rank(List.of(DEFAULTS, forItem), itemOnJd, NO_FACTS, 1).get(0).text());
        for (ChatContext other : List.of(ANY_BUYER,
                new ChatContext(Set.of(), Optional.of("item-2"), Optional.empty(), Optional.of(Platform.JD), "zh-CN"),
                new ChatContext(Set.of(), Optional.of("item-1"), Optional.empty(), Optional.of(Platform.TMALL),
                        "zh-CN"))) {
            assertTrue(rank(List.of(forItem), other, NO_FACTS, 3).isEmpty(), other.toString());
        }
    }

    @Test
    void aWordingWithAnUnfilledVariableIsLeftOutAndFilledFactsRankFirst() {
        Candidate script = shop(LOW, "包邮", "满{free_shipping_threshold}包邮哦", "{buyer}，运费以页面为准");
        List<Suggestion> none = rank(List.of(script), ANY_BUYER, NO_FACTS, 3);
        assertEquals(List.of(), none);

        Facts threshold = new Facts(Map.of("free_shipping_threshold", "99元"), Optional.empty());
        List<Suggestion> ranked = rank(List.of(DEFAULTS, script), ANY_BUYER, threshold, 2);
        assertEquals(List.of("满99元包邮哦", "默认一"), ranked.stream().map(Suggestion::text).toList());
        assertEquals(Map.of("free_shipping_threshold", "99元"), ranked.get(0).variables());
        assertTrue(ranked.get(0).reason().contains("filled free_shipping_threshold"), ranked.get(0).reason());
    }

    @Test
    void measuredEffectivenessOrdersScriptsOfEqualFit() {
        List<Candidate> scripts = List.of(shop(LOW, "a", "A1"), shop(HIGH, "b", "B1"));
        Map<String, Effectiveness.Measured> measured = Map.of(HIGH, new Effectiveness.Measured(0.42, 30),
                LOW, new Effectiveness.Measured(0.2, 50));
        List<Suggestion> ranked = SuggestionRanking.rank(scripts, ANY_BUYER, NO_FACTS,
                id -> Optional.ofNullable(measured.get(id)), 2);
        assertEquals(List.of("B1", "A1"), ranked.stream().map(Suggestion::text).toList());
        assertTrue(ranked.get(0).score() > ranked.get(1).score());
        assertTrue(ranked.get(0).reason().endsWith("; converts 42% of 30 inquiries"), ranked.get(0).reason());
        // Fit still comes first: a script written for the buyer beats a better-converting generic one.
        Candidate forUrgent = new Candidate(LOW, content(Category.SHIPPING_FEE,
                ScriptScope.of(List.of(CustomerPole.URGENT), List.of(), List.of(), List.of()), "马上发"), false);
        ChatContext urgent = new ChatContext(Set.of(CustomerPole.URGENT), Optional.empty(), Optional.empty(),
                Optional.empty(), "zh-CN");
        assertEquals("马上发", SuggestionRanking.rank(List.of(forUrgent, shop(HIGH, "b", "B1")), urgent, NO_FACTS,
                id -> Optional.ofNullable(measured.get(id)), 1).get(0).text());
    }

    @Test
    void ignoresOtherLanguagesAndHonoursTheLimit() {
        Candidate english = new Candidate(HIGH, ScriptContent.of(Category.SHIPPING_FEE, "fee",
                List.of("Free shipping"), "en-US"), false);
        assertTrue(rank(List.of(DEFAULTS, english), ANY_BUYER, NO_FACTS, 20).stream()
                .allMatch(Suggestion::defaultPlaybook));
        assertEquals(List.of("Free shipping"), rank(List.of(DEFAULTS, english), new ChatContext(Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), "en-US"), NO_FACTS, 20).stream()
                .map(Suggestion::text).toList());
        assertEquals(1, rank(List.of(DEFAULTS), ANY_BUYER, NO_FACTS, 1).size());
    }

    private static List<Suggestion> rank(List<Candidate> candidates, ChatContext chat, Facts facts, int limit) {
        return SuggestionRanking.rank(candidates, chat, facts, id -> Optional.empty(), limit);
    }

    private static Candidate shop(String id, String title, String... variants) {
        return new Candidate(id, ScriptContent.of(Category.SHIPPING_FEE, title, List.of(variants), "zh-CN"), false);
    }

    private static ScriptContent content(Category category, ScriptScope scope, String... variants) {
        return ScriptContent.of(Occasion.ANSWER, category, "t", List.of(variants), "zh-CN", scope);
    }
}
