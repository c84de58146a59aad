package io.zhuanhua.chat.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.compliance.RiskType;
import io.zhuanhua.kit.taxonomy.Category;

class RoutingPolicyTest {
    private final RoutingPolicy policy = new RoutingPolicy(Set.of(Category.SHIPPING_FEE, Category.STOCK, Category.GREETING));

    private static List<CategoryScore> asked(Category... categories) {
        return java.util.Arrays.stream(categories).map(c -> new CategoryScore(c, 0.8)).toList();
    }

    @Test
    void routineQuestionsGoToTheBot() {
        assertEquals(RoutingPolicy.Route.BOT, policy.decide(asked(Category.SHIPPING_FEE, Category.GREETING), List.of()).route());
    }

    @Test
    void oneQuestionTheBotMayNotAnswerNeedsAHuman() {
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.STOCK, Category.SIZE_FIT), List.of()).route());
    }

    @Test
    void aRiskOrARequestForAHumanAlwaysGoesToAHuman() {
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.SHIPPING_FEE),
                List.of(new Risk(RiskType.PHISHING_LINK, 0, 5, "x.com", ""))).route());
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.GREETING, Category.HUMAN_AGENT), List.of()).route());
    }

    @Test
    void noRecognisableQuestionGoesToAHuman() {
        assertEquals(RoutingPolicy.Route.HUMAN, policy.decide(asked(Category.OTHER), List.of()).route());
    }
}
