package io.zhuanhua.chat.timing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;

/**
 * A conversation written as tokens of a letter and a second offset: B buyer, A human agent, R bot (robot),
 * S system notice, T transfer to a human, C close. "B0 R2 T30 A45" is a buyer at 0 s, the bot at 2 s, a transfer at
 * 30 s and a human reply at 45 s.
 */
record Script(List<Utterance> messages, List<ChatEvent.Mark> marks) {
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    static Script of(String script) {
        return of(script, T0);
    }

    static Script of(String script, Instant t0) {
        List<Utterance> messages = new ArrayList<>();
        List<ChatEvent.Mark> marks = new ArrayList<>();
        for (String token : script.trim().split("\\s+")) {
            Instant at = t0.plusSeconds(Long.parseLong(token.substring(1)));
            switch (token.charAt(0)) {
                case 'B' -> messages.add(new Utterance(Sender.BUYER, "", at, "在吗", List.of(), false));
                case 'A' -> messages.add(new Utterance(Sender.AGENT, "a1", at, "亲，在的哦", List.of(), false));
                case 'R' -> messages.add(new Utterance(Sender.BOT, "xiaomi", at, "亲，小蜜为您服务哦", List.of(), false));
                case 'S' -> messages.add(new Utterance(Sender.SYSTEM, "", at, "买家进入店铺", List.of(), false));
                case 'T' -> marks.add(mark(at, ChatEvent.MarkKind.TRANSFER_TO_HUMAN));
                case 'C' -> marks.add(mark(at, ChatEvent.MarkKind.CLOSE));
                default -> throw new IllegalArgumentException(token);
            }
        }
        return new Script(messages, marks);
    }

    private static ChatEvent.Mark mark(Instant at, ChatEvent.MarkKind kind) {
        return new ChatEvent.Mark("m" + at.getEpochSecond(), Platform.TAOBAO, "b1", "b1", at, kind, "a1");
    }

    ResponseTimes times(BusinessHours hours) {
        return ResponseTimes.of(messages, marks, hours);
    }

    ResponseTimes times() {
        return times(BusinessHours.ALWAYS_OPEN);
    }
}
