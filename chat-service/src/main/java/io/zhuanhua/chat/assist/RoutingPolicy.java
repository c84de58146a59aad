package io.zhuanhua.chat.assist;

import java.util.List;
import java.util.Set;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * Who should answer: routine questions go to the bot, anything complex, subjective, risky or after-sale to
 * a human (DOMAIN.md, bot and human).
 */
public final class RoutingPolicy {
    public enum Route {
        BOT, HUMAN
    }

    public record Decision(Route route, String reason) {
    }

    private final Set<Category> botCategories;

    public RoutingPolicy(Set<Category> botCategories) {
        this.botCategories = Set.copyOf(botCategories);
    }

    public Decision decide(List<CategoryScore> categories, List<Risk> risks) {
        if (!risks.isEmpty()) {
            return new Decision(Route.HUMAN, "risk in the message: " + risks.get(0).type());
        }
        for (CategoryScore score : categories) {
            if (score.category() == Category.HUMAN_AGENT) {
                return new Decision(Route.HUMAN, "the buyer asks for a human");
            }
        }
        List<Category> asked = categories.stream().map(CategoryScore::category).filter(c -> c != Category.OTHER).toList();
        if (asked.isEmpty()) {
            return new Decision(Route.HUMAN, "no recognisable question");
        }
        for (Category c : asked) {
            if (!botCategories.contains(c)) {
                return new Decision(Route.HUMAN, c + " needs a human");
            }
        }
        return new Decision(Route.BOT, "routine question: " + asked.get(0));
    }
}
