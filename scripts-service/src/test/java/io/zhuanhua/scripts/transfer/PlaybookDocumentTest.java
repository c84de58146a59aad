package io.zhuanhua.scripts.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhuanhua.compliance.Platform;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.knowledge.OpeningHours;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.Occasion;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptScope;
import io.zhuanhua.scripts.size.SizeChart;

class PlaybookDocumentTest {
    static final PlaybookDocument.State STATE = new PlaybookDocument.State(
            ShopPolicy.of(OpeningHours.of("Asia/Shanghai", List.of(
                    new OpeningHours.Interval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                    new OpeningHours.Interval(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))),
                    List.of("中通", "顺丰"), Optional.of(LocalTime.of(16, 0)),
                    Optional.of(new ShopPolicy.Money(9900, "CNY")), 7, List.of(Category.SHIPPING_FEE), "满199减20"),
            List.of(ProductContent.of("528690173109", "男士纯棉短袖T恤",
                    List.of(new ProductContent.Attribute("颜色", "黑色/白色")), List.of("吸汗透气"), List.of("夏天闷热"),
                    List.of("棉95%"), "", List.of("冷水手洗"),
                    Optional.of(SizeChart.parse("M 160-165 45-55; L 165-170 55-62 | rule=BY_WEIGHT")),
                    List.of(new ProductContent.Sku("sku-1", "黑色 L")), ""),
                    ProductContent.of("1", "袜子", List.of(), List.of(), List.of(), List.of(), "12个月", List.of(),
                            Optional.empty(), List.of(), "第二件半价")),
            List.of(new PlaybookDocument.Script(Optional.of(UUID.fromString("3f2b8c1e-0000-4000-8000-000000000001")),
                    ScriptContent.of(Occasion.ANSWER, Category.BARGAIN, "议价", List.of("{buyer}，用{coupon}更划算", "亲: 好的\n"),
                            "zh-CN", ScriptScope.of(List.of(CustomerPole.PRICE_SENSITIVE), List.of("1"), List.of(),
                                    List.of(Platform.TMALL)))),
                    new PlaybookDocument.Script(Optional.empty(), ScriptContent.of(Occasion.OFF_HOURS, null, "下班",
                            List.of("亲，上班后回复您"), "", ScriptScope.ANY))));

    @Test
    void readingWhatWasWrittenGivesTheSameState() {
        String yaml = PlaybookDocument.write(STATE);
        assertTrue(yaml.contains("- Sat 22:00-02:00"), yaml);
        assertTrue(yaml.contains("category: BARGAIN"), yaml);
        assertEquals(STATE, PlaybookDocument.read(yaml));
    }

    @Test
    void errorsNameTheLineAndTheField() {
        assertError("line 4: scripts[0].category: unknown value CHEAP", """
                format: zhuanhua-playbook/v1
                scripts:
                  - title: 议价
                    category: CHEAP
                    variants: [亲]
                """);
        assertError("line 3: scripts[0].variants[0]: not compliant: ABSOLUTE_PROMISE \"绝对\" at 0-2", """
                format: zhuanhua-playbook/v1
                scripts:
                  - title: 议价
                    category: BARGAIN
                    variants: [绝对正品]
                """);
        assertError("line 3: policy.business_hours[0]: expected a day and hours such as \"Mon 09:00-18:00\"", """
                format: zhuanhua-playbook/v1
                policy:
                  business_hours: [Monday 9-18]
                """);
        assertError("line 2: products[0].colour: unknown field, expected one of attributes, coupon, item_id,"
                + " materials, name, pain_points_solved, selling_points, shelf_life, size_chart, skus, usage_notes", """
                format: zhuanhua-playbook/v1
                products: [{item_id: "1", name: 袜子, colour: 黑}]
                """);
        assertError("line 1: not YAML: mapping values are not allowed here", "format: a: b\n");
    }

    private static void assertError(String expected, String yaml) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> PlaybookDocument.read(yaml));
        assertEquals(expected, e.getMessage());
    }
}
