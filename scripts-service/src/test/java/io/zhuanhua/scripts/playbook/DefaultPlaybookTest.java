package io.zhuanhua.scripts.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.kit.taxonomy.Category;

class DefaultPlaybookTest {
    /** Absolute promises, off-platform contact and marketplace names: none may appear in a default reply. */
    private final DefaultPlaybook playbook = DefaultPlaybook.load("zh-CN");

    @Test
    void coversEveryPreSaleCategoryWithTwoToFourVariants() {
        for (Category category : Category.values()) {
            if (category.preSale()) {
                int variants = playbook.forCategory(category).orElseThrow(() -> new AssertionError(category))
                        .variants().size();
                assertTrue(variants >= 2 && variants <= 4, category + " has " + variants + " variants");
            }
        }
    }

    @Test
    void coversAfterSaleAndConversationCategories() {
        for (Category category : Category.values()) {
            if (category.afterSale() || List.of(Category.GREETING, Category.ACK, Category.HUMAN_AGENT)
                    .contains(category)) {
                assertTrue(playbook.forCategory(category).isPresent(), category + " missing");
            }
        }
    }

    @Test
    void everyReplyPassesTheComplianceLintOnEveryPlatform() {
        List<String> offending = new ArrayList<>();
        for (DefaultPlaybook.DefaultScript script : playbook.scripts()) {
            for (String text : concat(script.content().title(), script.content().variants())) {
                ComplianceRules.defaults().lint(null, text).forEach(
                        risk -> offending.add(script.key() + " " + risk.type() + " " + risk.evidence() + ": " + text));
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void hasVariantsForTheMainCustomerTypes() {
        for (CustomerPole pole : List.of(CustomerPole.PRICE_SENSITIVE, CustomerPole.DOUBTFUL, CustomerPole.URGENT,
                CustomerPole.GIFT, CustomerPole.VAGUE)) {
            assertTrue(playbook.scripts().stream().anyMatch(s -> s.content().scope().customerPoles().equals(List.of(pole))),
                    "no script for " + pole);
        }
        assertEquals(List.of("BARGAIN", "BARGAIN:price-sensitive"),
                playbook.forTopic(Occasion.ANSWER, Category.BARGAIN).stream().map(DefaultPlaybook.DefaultScript::key)
                        .toList());
    }

    @Test
    void hasTheRepliesSentWithoutAQuestion() {
        for (Occasion occasion : List.of(Occasion.OFF_HOURS, Occasion.UNPAID_ORDER)) {
            List<DefaultPlaybook.DefaultScript> scripts = playbook.forTopic(occasion, null);
            assertEquals(1, scripts.size(), occasion.name());
            assertEquals(null, scripts.get(0).content().category());
            // One wording needs no shop fact, so a shop that stated none still gets a reply.
            assertTrue(scripts.get(0).content().variants().stream().anyMatch(v -> Variables.names(v).isEmpty()));
        }
        assertTrue(playbook.forTopic(Occasion.ANSWER, Category.GREETING).stream()
                .anyMatch(s -> s.content().scope().customerPoles().equals(List.of(CustomerPole.RETURNING))));
    }

    @Test
    void everyCategoryStillAnswersWithoutShopFacts() {
        for (Category category : Category.values()) {
            playbook.forCategory(category).ifPresent(main -> assertTrue(
                    main.variants().stream().anyMatch(v -> Variables.names(v).isEmpty()), category.name()));
        }
    }

    @Test
    void afterSaleRepliesApologiseFirst() {
        for (Category category : Category.values()) {
            if (category.afterSale()) {
                for (String text : playbook.forCategory(category).orElseThrow().variants()) {
                    String opening = text.substring(0, Math.min(text.length(), 12));
                    assertTrue(opening.contains("抱歉") || opening.contains("不好意思"),
                            category + " does not open with an apology: " + text);
                }
            }
        }
    }

    @Test
    void isChineseWithTitles() {
        assertEquals("zh-CN", playbook.language());
        ScriptContent shipping = playbook.forCategory(Category.SHIPPING_FEE).orElseThrow();
        assertEquals("运费说明", shipping.title());
        assertEquals("zh-CN", shipping.language());
    }

    @Test
    void readsBlocksAndSkipsComments() throws IOException {
        DefaultPlaybook parsed = read("""
                # comment
                [GREETING] 欢迎
                  亲，您好~  \s

                [ACK] 结束语
                好的亲
                谢谢亲
                """);
        assertEquals(List.of("亲，您好~"), parsed.forCategory(Category.GREETING).orElseThrow().variants());
        assertEquals(List.of("好的亲", "谢谢亲"), parsed.forCategory(Category.ACK).orElseThrow().variants());
    }

    @Test
    void readsNamedScriptsWithCustomerPolesAndOccasions() throws IOException {
        DefaultPlaybook parsed = read("""
                [BARGAIN:sensitive] 议价 @PRICE_SENSITIVE @URGENT
                亲，用{coupon}更划算

                [OFF_HOURS] 下班
                亲，上班后回复您
                """);
        DefaultPlaybook.DefaultScript bargain = parsed.forTopic(Occasion.ANSWER, Category.BARGAIN).get(0);
        assertEquals("BARGAIN:sensitive", bargain.key());
        assertEquals("议价", bargain.content().title());
        assertEquals(List.of(CustomerPole.PRICE_SENSITIVE, CustomerPole.URGENT),
                bargain.content().scope().customerPoles());
        assertEquals(List.of("coupon"), bargain.content().variables());
        assertTrue(parsed.forCategory(Category.BARGAIN).isEmpty());
        assertEquals("OFF_HOURS", parsed.forTopic(Occasion.OFF_HOURS, null).get(0).key());
    }

    @Test
    void rejectsMalformedTextWithItsLine() {
        assertMessage("test line 1: script BARGAIN:x: unknown customer pole CHEAP", "[BARGAIN:x] 议价 @CHEAP\n亲\n");
        assertMessage("test line 2: script ACK ending here: variants[0]: unknown variable {name} at 1, known: "
                + String.join(", ", Variables.KNOWN.stream().sorted().toList()), "[ACK] 结束语\n亲{name}\n");
        assertMessage("test line 2: unknown category SIZE", "# c\n[SIZE] 尺码\n亲\n");
        assertMessage("test line 1: expected \"[CATEGORY] title\", found: 亲", "亲\n");
        assertMessage("test line 5: GREETING appears twice", "[GREETING] a\n亲\n\n\n[GREETING] b\n亲\n");
        assertMessage("test line 2: script ACK ending here: variants: at least one variant is required",
                "[ACK] 结束语\n");
        assertMessage("test line 3: script ACK ending here: variants[0]: at most 1000 characters",
                "[ACK] 结束语\n" + "好".repeat(1001) + "\n");
    }

    private static void assertMessage(String expected, String text) {
        assertEquals(expected, assertThrows(IllegalStateException.class, () -> read(text)).getMessage());
    }

    private static DefaultPlaybook read(String text) throws IOException {
        return DefaultPlaybook.read("test", "zh-CN", new StringReader(text));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(rest);
        return all;
    }
}
