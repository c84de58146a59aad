package io.zhuanhua.scripts.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.zhuanhua.scripts.knowledge.OpeningHours;
import io.zhuanhua.scripts.knowledge.ProductContent;
import io.zhuanhua.scripts.knowledge.ShopPolicy;
import io.zhuanhua.scripts.playbook.Variables;
import io.zhuanhua.scripts.size.SizeChart;

class FactsTest {
    private static final ProductContent TSHIRT = ProductContent.of("528690173109", "男士纯棉短袖T恤", List.of(),
            List.of("吸汗透气", "不易变形"), List.of(), List.of("棉95%", "氨纶5%"), "", List.of(),
            Optional.of(SizeChart.parse("M 160-165 45-55; L 165-170 55-62; XL 170-178 62-72; XXL 178-185 72-82")),
            List.of(), "");
    private static final ShopPolicy POLICY = ShopPolicy.of(
            OpeningHours.of("", List.of(new OpeningHours.Interval(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                    LocalTime.of(18, 0)))),
            List.of("中通", "顺丰"), Optional.of(LocalTime.of(16, 0)),
            Optional.of(new ShopPolicy.Money(9900, "CNY")), 7, List.of(), "满199减20");

    @Test
    void fillsFromTheRequestTheItemAndThePolicy() {
        Facts facts = Facts.of("小王", "175 140斤穿多大", Optional.of(TSHIRT), POLICY);
        assertEquals(Map.ofEntries(Map.entry("buyer", "小王"), Map.entry("product", "男士纯棉短袖T恤"),
                Map.entry("size", "XL"), Map.entry("materials", "棉95%、氨纶5%"), Map.entry("selling_point", "吸汗透气"),
                Map.entry("coupon", "满199减20"), Map.entry("couriers", "中通、顺丰"), Map.entry("ship_cutoff", "16:00"),
                Map.entry("free_shipping_threshold", "99元"), Map.entry("return_days", "7"),
                Map.entry("business_hours", "周一 09:00-18:00")), facts.values());
        assertTrue(facts.sizeReason().orElseThrow().contains("XL"), facts.sizeReason().toString());
        assertEquals("男士纯棉短袖T恤建议选XL码", Variables.fill("{product}建议选{size}码", facts.values()).orElseThrow()
                .text());
    }

    @Test
    void unstatedFactsHaveNoValueSoTheirWordingsAreSkipped() {
        Facts facts = Facts.of(" ", "在吗", Optional.empty(), ShopPolicy.notStated());
        assertEquals(Map.of(), facts.values());
        assertFalse(Variables.fill("{buyer}您好", facts.values()).isPresent());
        assertEquals("您好", Variables.fill("您好", facts.values()).orElseThrow().text());

        Facts noSize = Facts.of("", "有没有别的颜色", Optional.of(TSHIRT), ShopPolicy.notStated());
        assertFalse(noSize.values().containsKey("size"));
        assertFalse(Facts.of("", "190 120kg", Optional.of(TSHIRT), ShopPolicy.notStated()).values()
                .containsKey("size"), "out of the chart: a human answers");
    }

    @Test
    void theItemsCouponComesBeforeTheShops() {
        ProductContent withCoupon = ProductContent.of("1", "袜子", List.of(), List.of(), List.of(), List.of(), "",
                List.of(), Optional.empty(), List.of(), "第二件半价");
        assertEquals("第二件半价", Facts.of("", "", Optional.of(withCoupon), POLICY).values().get("coupon"));
    }
}
