package io.zhuanhua.chat.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.compliance.RiskType;
import io.zhuanhua.kit.taxonomy.Category;

class RoutingPolicyTest {
    private static final Set<Category> BOT = Set.of(Category.SHIPPING_FEE, Category.STOCK, Category.GREETING);
    private final RoutingPolicy policy = new RoutingPolicy(BOT, BusinessHours.ALWAYS_OPEN);
    /** Wednesday 2026-11-25 in Shanghai: open 09:00-18:00, so 08:30 is closed and 10:00 open. */
    private final RoutingPolicy officeHours = new RoutingPolicy(BOT, BusinessHours.parse("Mon-Fri 09:00-18:00 @ Asia/Shanghai"));
    private static final Instant WEDNESDAY_0830 = Instant.parse("2026-11-25T00:30:00Z");
    private static final Instant WEDNESDAY_1000 = Instant.parse("2026-11-25T02:00:00Z");
    private static final Instant FRIDAY_1900 = Instant.parse("2026-11-27T11:00:00Z");

    private static List<CategoryScore> asked(Category... categories) {
        return Arrays.stream(categories).map(c -> new CategoryScore(c, 0.8)).toList();
    }

    private static final Risk PHISHING = new Risk(RiskType.PHISHING_LINK, 0, 5, "x.com", "");

    @Test
    void routineQuestionsGoToTheBot() {
        assertEquals(RoutingPolicy.Route.BOT, policy.decide(asked(Category.SHIPPING_FEE, Category.GREETING), List.of(),
                WEDNESDAY_1000).route());
    }

    @Test
    void oneQuestionTheBotMayNotAnswerNeedsAHuman() {
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.STOCK, Category.SIZE_FIT), List.of(),
                WEDNESDAY_1000).route());
    }

    @Test
    void aRiskOrARequestForAHumanAlwaysGoesToAHuman() {
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.SHIPPING_FEE), List.of(PHISHING),
                WEDNESDAY_1000).route());
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.GREETING, Category.HUMAN_AGENT), List.of(),
                WEDNESDAY_1000).route());
    }

    @Test
    void noRecognisableQuestionGoesToAHuman() {
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.OTHER), List.of(), WEDNESDAY_1000).route());
    }

    @Test
    void outsideBusinessHoursTheBotAnswersAndSaysWhenTheShopOpens() {
        RoutingPolicy.Decision early = officeHours.decide(asked(Category.SIZE_FIT), List.of(), WEDNESDAY_0830);
        assertEquals(RoutingPolicy.Route.BOT, early.route());
        assertEquals("outside business hours: the bot answers until the shop opens Wed 09:00 Asia/Shanghai",
                early.reason());
        // Friday evening: the next opening is Monday morning.
        assertEquals("outside business hours: the bot answers until the shop opens Mon 09:00 Asia/Shanghai",
                officeHours.decide(asked(Category.HUMAN_AGENT), List.of(), FRIDAY_1900).reason());
        assertEquals(RoutingPolicy.Route.HUMAN, officeHours.decide(asked(Category.SIZE_FIT), List.of(),
                WEDNESDAY_1000).route());
    }

    @Test
    void aRiskWaitsForAHumanEvenOutsideBusinessHours() {
        assertEquals(RoutingPolicy.Route.HUMAN, officeHours.decide(asked(Category.SHIPPING_FEE), List.of(PHISHING),
                WEDNESDAY_0830).route());
    }
}
