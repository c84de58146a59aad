package io.zhuanhua.chat.lost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * Conversations written as scripts, one message a line: {@code WHO SECONDS [CATEGORIES] | text}. WHO is
 * B (buyer; categories comma-separated, most confident first, as the classifier orders them), A (agent
 * a1), A2 (agent a2) or R (the bot); SECONDS counts from {@link #T0}.
 */
final class ChatScript {
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    private ChatScript() {
    }

    static List<Utterance> parse(String script) {
        List<Utterance> messages = new ArrayList<>();
        for (String line : script.strip().split("\n")) {
            int bar = line.indexOf('|');
            String[] head = line.substring(0, bar).trim().split("\\s+");
            String text = line.substring(bar + 1).trim();
            Instant at = T0.plusSeconds(Long.parseLong(head[1]));
            messages.add(switch (head[0]) {
                case "B" -> new Utterance(Sender.BUYER, "", at, text, categories(head.length > 2 ? head[2] : "OTHER"), false);
                case "A" -> new Utterance(Sender.AGENT, "a1", at, text, List.of(), false);
                case "A2" -> new Utterance(Sender.AGENT, "a2", at, text, List.of(), false);
                case "R" -> new Utterance(Sender.BOT, "xiaomi", at, text, List.of(), false);
                default -> throw new IllegalArgumentException("who? " + line);
            });
        }
        return messages;
    }

    private static List<CategoryScore> categories(String names) {
        double[] confidence = {0.9};
        return Arrays.stream(names.split(",")).map(n -> {
            CategoryScore score = new CategoryScore(Category.valueOf(n), confidence[0]);
            confidence[0] *= 0.7;
            return score;
        }).toList();
    }
}
