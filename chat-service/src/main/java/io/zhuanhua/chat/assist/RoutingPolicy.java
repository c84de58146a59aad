package io.zhuanhua.chat.assist;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.timing.BusinessHours;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * Who should answer: routine questions go to the bot, anything complex, subjective, risky or after-sale to
 * a human (DOMAIN.md, bot and human). Outside business hours no human is there: the bot answers (its off-hours
 * reply says when the shop opens), except that a risk still waits for a human.
 */
public final class RoutingPolicy {
    public enum Route {
        BOT, HUMAN
    }

    public record Decision(Route route, String reason) {
    }

    private static final DateTimeFormatter OPENING = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

    private final Set<Category> botCategories;
    private final BusinessHours hours;

    public RoutingPolicy(Set<Category> botCategories, BusinessHours hours) {
        this.botCategories = Set.copyOf(botCategories);
        this.hours = hours;
    }

    /** @param at when the message arrived, to know whether the shop is open */
    public Decision decide(List<CategoryScore> categories, List<Risk> risks, Instant at) {
        if (!risks.isEmpty()) {
            return new Decision(Route.HUMAN, "risk in the message: " + risks.get(0).type());
        }
        if (!hours.isOpen(at)) {
            ZonedDateTime opens = hours.nextOpening(at).atZone(hours.zone());
            return new Decision(Route.BOT, "outside business hours: the bot answers until the shop opens "
                    + OPENING.format(opens) + " " + hours.zone().getId());
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
