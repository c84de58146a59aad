package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.detect;
import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RivalPlatformTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # platform | speaker | message | rival evidences (- none)
            JD        | AGENT | 这款淘宝上也有卖                       | 淘宝
            TAOBAO    | AGENT | 这款淘宝上也有卖                       | -
            TMALL     | AGENT | 我们淘宝店也有                         | -
            JD        | AGENT | 天猫、拼多多都比我们贵                   | 天猫;拼多多
            JD        | BOT   | pdd上的是假货                          | pdd
            JD        | AGENT | 某宝同款                              | 某宝
            JD        | AGENT | 淘 宝 也 有                           | 淘 宝
            JD        | AGENT | ＴＡＯＢＡＯ链接                         | ＴＡＯＢＡＯ
            TAOBAO    | AGENT | 京东也是这个价                          | 京东
            TAOBAO    | AGENT | 天猫旗舰店同款                          | -
            TAOBAO    | AGENT | 这款抖音同款，小红书很火                  | 抖音;小红书
            TAOBAO    | AGENT | 闲鱼上别买二手的                         | -
            JD        | AGENT | 闲鱼上别买二手的                         | 闲鱼
            PINDUODUO | AGENT | 拼多多专享价                            | -
            PINDUODUO | AGENT | 京东同款                               | 京东
            DOUYIN    | AGENT | 直播间比淘宝便宜                          | 淘宝
            OWN_SITE  | AGENT | 我们天猫店也有，京东也有                    | -
            JD        | AGENT | 京东方屏幕，支持天猫精灵                     | -
            JD        | AGENT | 天猫超市有货                             | 天猫
            JD        | AGENT | 这款猫粮我家猫超喜欢，可以获得物流信息，某东西坏了包换  | -
            JD        | AGENT | 型号JD-100 发jd物流                       | -
            JD        | AGENT | 快手菜推荐                               | -
            JD        | AGENT | 超值得物超所值                            | -
            JD        | BUYER | 淘宝比你们便宜                            | -
            JD        | SYSTEM | 淘宝                                  | -
            """)
    void rivals(Platform platform, Speaker speaker, String text, String flagged) {
        List<Risk> risks = detect(platform, speaker, text);
        assertEquals(expected(flagged), evidences(risks, RiskType.RIVAL_PLATFORM));
    }

    @Test
    void sameReplyDiffersPerPlatform() {
        String reply = "亲，我们淘宝店也有这款";
        List<Risk> onJd = detect(Platform.JD, Speaker.AGENT, reply);
        assertEquals(1, onJd.size());
        assertEquals(RiskType.RIVAL_PLATFORM, onJd.get(0).type());
        assertEquals(4, onJd.get(0).start());
        assertEquals(6, onJd.get(0).end());
        assertEquals("不要提及其他平台名称", onJd.get(0).instruction());
        assertEquals(List.of(), detect(Platform.TAOBAO, Speaker.AGENT, reply));
    }

    @Test
    void punishmentsAreConfigurable() {
        ComplianceRules lifted = Check.RULES.withExtra(b -> b.unpunishRival(Platform.JD, "TAOBAO"));
        assertEquals(List.of(), lifted.detect(Platform.JD, Speaker.AGENT, "淘宝也有"));
        ComplianceRules own = Check.RULES.withExtra(b -> b.rivalAlias("MEITUAN", "美团").punishRival(Platform.OWN_SITE, "MEITUAN"));
        assertEquals(List.of("美团"), evidences(own.detect(Platform.OWN_SITE, Speaker.AGENT, "美团上也有"), RiskType.RIVAL_PLATFORM));
        assertEquals(List.of(), Check.RULES.detect(Platform.OWN_SITE, Speaker.AGENT, "美团上也有"));
    }
}
