package io.zhuanhua.chat.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.LocalTime;
import io.zhuanhua.proto.scripts.v1.OpeningInterval;
import io.zhuanhua.proto.scripts.v1.ShopPolicy;
import io.zhuanhua.proto.scripts.v1.Weekday;

class ScriptsServicePoliciesTest {

    private static OpeningInterval interval(Weekday day, int opens, int closes) {
        return OpeningInterval.newBuilder().setDay(day)
                .setOpens(LocalTime.newBuilder().setHours(opens / 100).setMinutes(opens % 100))
                .setCloses(LocalTime.newBuilder().setHours(closes / 100).setMinutes(closes % 100)).build();
    }

    @Test
    void intervalsPastMidnightAndTheZoneBecomeTheShopsBusinessHours() {
        ShopPolicy policy = ShopPolicy.newBuilder().setVersion(3)
                .setBusinessHours(io.zhuanhua.proto.scripts.v1.BusinessHours.newBuilder().setTimeZone("Europe/Berlin")
                        .addIntervals(interval(Weekday.WEEKDAY_MONDAY, 900, 1200))
                        .addIntervals(interval(Weekday.WEEKDAY_MONDAY, 1330, 2300))
                        .addIntervals(interval(Weekday.WEEKDAY_SATURDAY, 1000, 200)))
                .addBotCategories(QuestionCategory.QUESTION_CATEGORY_STOCK)
                .addBotCategories(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT).build();
        PublishedPolicies.Published published = ScriptsServicePolicies.published("shop-a", policy);
        assertEquals(Optional.of(BusinessHours.parse("Mon 09:00-12:00,13:30-23:00; Sat 10:00-02:00 @ Europe/Berlin")),
                published.businessHours());
        assertEquals(Optional.of(Set.of(Category.STOCK, Category.SIZE_FIT)), published.botCategories());
    }

    @Test
    void noZoneMeansShanghaiAndUnstatedPartsStayUnstated() {
        ShopPolicy policy = ShopPolicy.newBuilder().setVersion(1)
                .setBusinessHours(io.zhuanhua.proto.scripts.v1.BusinessHours.newBuilder()
                        .addIntervals(interval(Weekday.WEEKDAY_FRIDAY, 0, 0)))
                .build();
        PublishedPolicies.Published published = ScriptsServicePolicies.published("shop-a", policy);
        assertEquals(BusinessHours.DEFAULT_ZONE, published.businessHours().orElseThrow().zone());
        assertTrue(published.botCategories().isEmpty());
        assertTrue(ScriptsServicePolicies.published("shop-a", ShopPolicy.newBuilder().setVersion(1).build())
                .businessHours().isEmpty());
    }

    @Test
    void hoursChatServiceCannotApplyAreLeftToItsConfiguration() {
        ShopPolicy overlapping = ShopPolicy.newBuilder().setVersion(1)
                .setBusinessHours(io.zhuanhua.proto.scripts.v1.BusinessHours.newBuilder()
                        .addIntervals(interval(Weekday.WEEKDAY_MONDAY, 900, 1800))
                        .addIntervals(interval(Weekday.WEEKDAY_MONDAY, 1700, 2000)))
                .build();
        assertTrue(ScriptsServicePolicies.published("shop-a", overlapping).businessHours().isEmpty());
        ShopPolicy unknownZone = ShopPolicy.newBuilder().setVersion(1)
                .setBusinessHours(io.zhuanhua.proto.scripts.v1.BusinessHours.newBuilder().setTimeZone("Mars/Olympus")
                        .addIntervals(interval(Weekday.WEEKDAY_MONDAY, 900, 1800)))
                .build();
        assertTrue(ScriptsServicePolicies.published("shop-a", unknownZone).businessHours().isEmpty());
    }
}
