package io.zhuanhua.chat.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhuanhua.chat.analysis.QuestionClassifier;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;

/**
 * Buyer conversations written for this test, as production sees them: each buyer line carries the
 * categories of the real {@link QuestionClassifier}. Columns: name | lines separated by " / " (a line
 * starting "客服:" is the agent's) | order history ("-" unknown, "0" none, "3" or "3@2023-05-01" paid
 * orders) | the decided poles as POLE=summary (the summary of the deciding evidence, see
 * {@link DimensionReading#summary()}); every dimension not listed must be UNKNOWN.
 */
class CustomerProfilerConversationsTest {

    private static final String TABLE = """
            names item, size and colour, then orders | 528690173109这个 / 要L码 黑色 / 直接拍了 | - | CLEAR=#id#、l码、黑色 SELF_DECIDED=直接拍
            asks for a recommendation | 想买个保温杯 推荐一款 / 不知道选哪个 | - | VAGUE=想买个、推荐一款、不知道选哪
            asks which is better, again, and hesitates | 这两个哪个好 / 那个更好点啊 / 纠结死了 | - | SWAYABLE=哪个好、哪个更好、纠结
            one 哪个好 is a question, not a type | 哪个好 | - |
            哪个好 three times | 哪个好 / 哪个好呢 / 到底哪个好 | - | SWAYABLE=哪个好×3 VAGUE=RECOMMEND×3
            asks the agent's opinion | 你觉得哪个颜色好看 / 听你的 | - | SWAYABLE=你觉得、哪个颜色好、听你的
            no recommendation wanted | 不用推荐了 就要这个 | - | SELF_DECIDED=不用推荐、就要这个 CLEAR=就要这个
            bargains, coupon, compares | 能便宜点吗 / 有券吗 / 别家才卖89 | - | PRICE_SENSITIVE=能便宜、有券、别家
            typos: 优惠卷 便意 | 有优惠卷吗 / 便意点呗 | - | PRICE_SENSITIVE=优惠券、便宜点
            不便宜 is still price talk | 不便宜啊 能少点吗 | - | PRICE_SENSITIVE=不便宜、少点
            没有优惠吗 keeps the coupon question | 没有优惠吗 | - | PRICE_SENSITIVE=没有优惠
            不用便宜 wants quality | 不用便宜的 要质量最好的 | - | PRICE_INSENSITIVE=不用便宜 HIGH_QUALITY=质量最好
            price does not matter | 价格无所谓 要好一点的 | - | PRICE_INSENSITIVE=价格无所谓 HIGH_QUALITY=好一点的
            tomorrow and 急用 | 明天能到吗 急用 | - | URGENT=明天能到、急用
            不急 is browsing | 不急 慢慢发就行 | - | BROWSING=不急、慢慢发
            不是很急 and 不着急 | 不是很急 / 也不着急 | - | BROWSING=不是很急、不着急
            不赶时间 | 不赶时间 先看看 | - | BROWSING=不赶时间、先看看
            不急 then 今天能到吗: conflicting | 不急 / 今天能到吗 | - |
            不错 negates nothing, unpunctuated | 质量不错急用 | - | URGENT=急用
            特别 negates nothing | 特别急 今天要 | - | URGENT=急、今天要
            run-on line with size and hurry | 175 140斤穿xl可以吗今天能发吗急着用 | - | CLEAR=xl URGENT=今天能发、急用
            waits for 双11 | 先收藏了 等双11再买 | - | BROWSING=先收藏、等双十一 PRICE_SENSITIVE=等双十一
            gift for the girlfriend | 送女朋友的 有礼盒吗 | - | GIFT=送女朋友、礼盒
            不是送人的 is self-use | 不是送人的 自己用 | - | SELF_USE=不是送人、自己用
            不，送人的 answers, it does not negate | 不，送人的 | - | GIFT=送人
            typos: 女盆友 里物 | 送女盆友生日里物 | - | GIFT=送女朋友、生日礼物
            不是自己用 is a gift | 不是自己用 送我妈的 | - | GIFT=不是自己用、送我妈
            several weak quality questions | 纯棉的吗 / 会起球吗 / 掉色吗 | - | HIGH_QUALITY=纯棉、起球、掉色
            anything will do, cheap | 能用就行 便宜点的 | - | CASUAL=能用就行 PRICE_SENSITIVE=便宜点
            quality does not matter | 质量无所谓 能用就行 | - | CASUAL=质量无所谓、能用就行
            authenticity doubt | 是正品吗 / 怎么保证不是假货 | - | DOUBTFUL=正品吗、怎么保证、不是假货 HIGH_QUALITY=正品吗、AUTHENTICITY
            traditional characters | 請問是正品嗎 會不會是假貨 | - | DOUBTFUL=正品吗、假货
            returning by history only | 在吗 / 好的 | 3@2023-05-01 | RETURNING=买过3单
            returning buyer with doubts is doubtful | 这次是正品吗 上次的好像是假的 | 2@2024-01-10 | DOUBTFUL=正品吗、假的
            says returning, bargains | 老顾客了便宜点呗 | - | RETURNING=老顾客 PRICE_SENSITIVE=便宜点
            first-time buyer who says nothing | 在吗 / 你好 | 0 |
            nothing decided | 在吗 / 你好 / 嗯嗯 / 好的谢谢 | - |
            vague gift for elders | 有什么款适合送长辈的 | - | VAGUE=有什么款 GIFT=送长辈
            an order number is not an item | 我的订单123456789012345怎么还没发 | - |
            the agent's words are not the buyer's | 客服:亲 急用的话可以发顺丰哦 / 好的 我看看 | - |
            """;

    private static final QuestionClassifier CLASSIFIER = QuestionClassifier.defaults();

    static Stream<Arguments> conversations() {
        return TABLE.lines().map(row -> {
            String[] cells = row.split("\\|", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException("bad row: " + row);
            }
            return Arguments.of(Named.of(cells[0].trim(), cells[1].trim()), cells[2].trim(), cells[3].trim());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void profilesTheBuyer(String lines, String historyCell, String expectedCell) {
        List<Utterance> conversation = new ArrayList<>();
        for (String line : lines.split(" / ")) {
            boolean agent = line.startsWith("客服:");
            String text = agent ? line.substring(3) : line;
            conversation.add(new Utterance(agent ? Sender.AGENT : Sender.BUYER, agent ? "a1" : "", Instant.EPOCH, text,
                    agent ? List.of() : CLASSIFIER.classify(text), false));
        }
        OrderHistory history = history(historyCell);
        CustomerProfile profile = CustomerProfiler.defaults().profile(conversation, history);

        Map<Dimension, String> expected = new EnumMap<>(Dimension.class);
        for (String item : expectedCell.split("\\s+")) {
            if (!item.isEmpty()) {
                String[] poleAndSummary = item.split("=", 2);
                Pole pole = Pole.valueOf(poleAndSummary[0]);
                expected.put(pole.dimension(), pole + "=" + poleAndSummary[1]);
            }
        }
        for (Dimension dimension : Dimension.values()) {
            DimensionReading reading = profile.reading(dimension);
            String actual = reading.decided() ? reading.pole() + "=" + reading.summary() : "UNKNOWN";
            if (!expected.getOrDefault(dimension, "UNKNOWN").equals(actual)) {
                fail(dimension + ": expected " + expected.getOrDefault(dimension, "UNKNOWN") + " but was " + actual
                        + "\n" + describe(profile));
            }
        }
        assertEquals(BuyerStatus.of(history), profile.status());
    }

    private static OrderHistory history(String cell) {
        if (cell.equals("-")) {
            return OrderHistory.UNKNOWN;
        }
        String[] countAndDate = cell.split("@");
        int count = Integer.parseInt(countAndDate[0]);
        return count == 0 ? OrderHistory.NONE
                : OrderHistory.of(count, countAndDate.length > 1 ? LocalDate.parse(countAndDate[1]) : null);
    }

    private static String describe(CustomerProfile profile) {
        StringBuilder out = new StringBuilder();
        for (DimensionReading reading : profile.readings()) {
            out.append(String.format("  %s %s %.3f%n", reading.dimension(), reading.pole(), reading.confidence()));
            for (Evidence e : reading.evidence()) {
                out.append(String.format("    #%d %s %s %s %.3f%n", e.messageIndex(), e.pole(), e.matched(), e.cue(),
                        e.weight()));
            }
        }
        return out.toString();
    }
}
