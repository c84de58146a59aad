package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.detect;
import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsolutePromiseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # speaker | message | absolute evidences (- none)
            AGENT | 绝对正品                                   | 绝对
            AGENT | 保证不掉色                                  | 保证
            AGENT | 100%好评                                   | 100%
            AGENT | １００％不起球                               | １００％
            AGENT | 百 分 百正品                                | 百 分 百
            AGENT | 全网最低价，销量第一                          | 最低价;第一
            AGENT | 亲 这是最好的选择                            | 最好
            AGENT | 这款卖得最好                                | 最好
            AGENT | 这已经是最低价了                             | 最低价
            AGENT | 不会掉色绝对放心                             | 绝对
            AGENT | 我们不是最便宜的，但质量是最好的                 | 最好
            AGENT | 质量保证，放心购买                            | 保证
            BOT   | 顶级品质 万能清洁剂                           | 顶级;万能
            BOT   | 送礼首选，永不褪色                            | 首选;永不
            AGENT | 亲 独家定制 唯一的                            | 独家;唯一
            AGENT | 大家最喜欢这款，最受欢迎                        | 最喜欢;最受欢
            # not promises
            AGENT | 最近比较忙                                  | -
            AGENT | 最后一件了                                  | -
            AGENT | 最快明天到，最晚后天                          | -
            AGENT | 亲，最多可以优惠10元哦                         | -
            AGENT | 最大码是3XL                                 | -
            AGENT | 第一次买吗                                  | -
            AGENT | 第一件原价第二件半价                           | -
            AGENT | 第一时间给您发货                              | -
            AGENT | 面料是100%纯棉的                             | -
            AGENT | 棉含量100%                                  | -
            AGENT | 我们不能保证哦                               | -
            AGENT | 不保证一定能到                               | -
            AGENT | 这个不能百分之百保证                          | -
            AGENT | 我们交了消保保证金的                          | -
            AGENT | 最好选大一码                                 | -
            AGENT | 最好先量一下腰围                              | -
            AGENT | 没有最好只有更好                              | -
            AGENT | 支持担保交易                                 | -
            AGENT | 这款万能胶粘得牢，永久牌自行车配件                  | -
            AGENT | 亲，这款是纯棉的，175建议拍XL哦                  | -
            # buyers and the system are not checked
            BUYER | 最多能优惠多少                               | -
            BUYER | 你保证是正品吗 绝对不掉色吗                      | -
            SYSTEM | 平台保证交易安全                             | -
            """)
    void absolute(Speaker speaker, String text, String flagged) {
        List<Risk> risks = detect(Platform.TAOBAO, speaker, text);
        assertEquals(expected(flagged), evidences(risks, RiskType.ABSOLUTE_PROMISE));
    }

    @Test
    void spansPointAtTheWords() {
        String text = "亲，我们家质量绝对是最好的";
        List<Risk> risks = detect(Platform.JD, Speaker.AGENT, text);
        assertEquals(2, risks.size());
        assertEquals(text.indexOf("绝对"), risks.get(0).start());
        assertEquals(text.indexOf("绝对") + 2, risks.get(0).end());
        assertEquals("最好", risks.get(1).evidence());
        assertEquals("避免绝对化用语和承诺（绝对、保证、100%、最、第一），请改为客观描述", risks.get(1).instruction());
    }

    @Test
    void extraWordsFromConfig() {
        ComplianceRules shop = Check.RULES.withExtra(b -> b.absoluteWord("包好").absoluteExempt("最美"));
        assertEquals(List.of("包好"), evidences(shop.detect(Platform.TAOBAO, Speaker.AGENT, "这药包好"), RiskType.ABSOLUTE_PROMISE));
        assertEquals(List.of(), evidences(shop.detect(Platform.TAOBAO, Speaker.AGENT, "最美的你"), RiskType.ABSOLUTE_PROMISE));
        assertEquals(List.of("最美"), evidences(Check.RULES.detect(Platform.TAOBAO, Speaker.AGENT, "最美的你"), RiskType.ABSOLUTE_PROMISE));
    }
}
