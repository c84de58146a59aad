package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.detect;
import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffPlatformContactTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # speaker | message                                   | contact evidences (; separated, - none)
            # WeChat and its disguises, from buyers
            BUYER  | vx同号                                       | vx同号
            BUYER  | 加v                                          | 加v
            BUYER  | 加V聊                                        | 加V
            BUYER  | 加ｖ详聊                                      | 加ｖ
            BUYER  | ＶＸ：ｋｆ８８８８                              | ＶＸ：ｋｆ８８８８
            BUYER  | 加 v x 吧                                    | v x
            BUYER  | 有微信吗                                      | 微信
            BUYER  | 微 信 多少                                    | 微 信
            BUYER  | 薇❤：abc12345                                | 薇❤：abc12345
            BUYER  | wx聊                                         | wx
            BUYER  | V：abc123                                    | V：abc123
            BUYER  | V我50                                        | V我
            BUYER  | 微信号是abcdefg                                | 微信号是abcdefg
            BUYER  | 卫星也行 绿泡泡找我                              | 绿泡泡
            # QQ
            BUYER  | 扣扣多少                                      | 扣扣
            BUYER  | q号发我                                       | q号
            BUYER  | ｑｑ：１２３４５６７８９                           | ｑｑ：１２３４５６７８９
            BUYER  | 企鹅 123456789                               | 企鹅 123456789
            BUYER  | 企鹅玩偶有货吗                                  | -
            # digits that form a phone or QQ number, next to a cue
            BUYER  | 加我1 3 8 0 0 1 3 8 0 0 0                     | 加我1 3 8 0 0 1 3 8 0 0 0
            BUYER  | 幺三八零零幺三八零零零 vx同号                      | 幺三八零零幺三八零零零 vx同号
            BUYER  | 13800138000 vx同号                            | 13800138000 vx同号
            BUYER  | 加我 １３８００１３８０００                        | 加我 １３８００１３８０００
            BUYER  | 你们电话多少                                   | 电话多少
            # not contact: phone for delivery, ids, prices, sizes, payment questions, products
            BUYER  | 收件电话改成13800138000                         | -
            BUYER  | 528690173109这是大得嘛                          | -
            BUYER  | 订单号1234567890123456789怎么还没发货              | -
            BUYER  | 175 140斤穿多大                                 | -
            BUYER  | 139 159 169哪个好                               | -
            BUYER  | 能用微信付款吗                                  | -
            BUYER  | 微信支付可以吗                                  | -
            BUYER  | qq糖有货吗 奇瑞qq能用吗 QQ星买一箱                  | -
            BUYER  | 快递电话多少                                   | -
            BUYER  | 两件同号吗                                     | -
            BUYER  | vivo手机能用吗 wifi版的                          | -
            BUYER  | 我的qq邮箱123456789@qq.com 开发票                 | -
            BUYER  | 怎么修改联系方式                                 | -
            BUYER  | 加入购物车了 加我一个赠品                           | -
            # agents and bots offering it
            AGENT  | 亲，加我微信发您优惠券                            | 加我微信
            AGENT  | 我的电话13800138000                            | 13800138000
            AGENT  | 座机0571-88888888                              | 0571-88888888
            AGENT  | 稍后给您打电话                                  | 给您打电话
            BOT    | 关注我们公众号领券                                | 公众号
            AGENT  | 可以私下交易 直接转账给我                          | 私下交易 直接转账给我
            AGENT  | 可以私下交易，或者直接转账给我                       | 私下交易;直接转账给我
            # agents refusing it, hotlines, return addresses
            AGENT  | 亲，平台不允许加微信哦，有问题直接在这里问我就好        | -
            AGENT  | 亲，不支持微信支付哦                              | -
            AGENT  | 不好意思 我们不能加您微信的                        | -
            AGENT  | 别加微信 有事这里说                               | -
            AGENT  | 有问题打400-800-8888                            | -
            AGENT  | 退货地址：浙江省杭州市余杭区文一西路1号 张三 13800138000 | -
            AGENT  | 有任何问题可以随时联系我们客服哦                       | -
            SYSTEM | 为保障您的权益，请勿添加微信等站外联系方式              | -
            """)
    void contact(Speaker speaker, String text, String flagged) {
        List<Risk> risks = detect(Platform.TAOBAO, speaker, text);
        assertEquals(expected(flagged), evidences(risks, RiskType.OFF_PLATFORM_CONTACT));
    }

    @Test
    void spansAndInstructionsDependOnTheSpeaker() {
        String text = "亲 vx同号13800138000";
        Risk buyer = detect(Platform.JD, Speaker.BUYER, text).stream()
                .filter(r -> r.type() == RiskType.OFF_PLATFORM_CONTACT).findFirst().orElseThrow();
        assertEquals(2, buyer.start());
        assertEquals(text.length(), buyer.end());
        assertEquals("买家要求站外联系：请婉拒，告知只能在平台内沟通", buyer.instruction());
        Risk agent = detect(Platform.JD, Speaker.AGENT, text).stream()
                .filter(r -> r.type() == RiskType.OFF_PLATFORM_CONTACT).findFirst().orElseThrow();
        assertEquals("不要引导到站外联系（微信、QQ、电话），请在平台内沟通", agent.instruction());
    }

    @Test
    void emojiVariationSelectorsAreIgnored() {
        String text = "加我薇\u2764\uFE0F 好吗";
        List<Risk> risks = detect(Platform.TAOBAO, Speaker.BUYER, text);
        assertEquals(List.of("薇\u2764"), evidences(risks, RiskType.OFF_PLATFORM_CONTACT));
    }

    @Test
    void aBuyersPhoneNumberIsPersonalDataNotContact() {
        List<Risk> risks = detect(Platform.TAOBAO, Speaker.BUYER, "电话13800138000 改下地址");
        assertEquals(List.of(), evidences(risks, RiskType.OFF_PLATFORM_CONTACT));
        assertEquals(List.of("13800138000"), evidences(risks, RiskType.PERSONAL_DATA));
        List<Risk> agent = detect(Platform.TAOBAO, Speaker.AGENT, "电话13800138000 改下地址");
        assertEquals(List.of("13800138000"), evidences(agent, RiskType.OFF_PLATFORM_CONTACT));
    }

    @Test
    void extraCuesFromConfig() {
        ComplianceRules shop = Check.RULES.withExtra(b -> b.load(RuleFile.OFF_PLATFORM_CUES, """
                # version: shop-7
                cue\t钉钉
                """));
        String text = "加我钉钉吧";
        assertEquals(List.of("钉钉"), evidences(shop.detect(Platform.TAOBAO, Speaker.BUYER, text), RiskType.OFF_PLATFORM_CONTACT));
        assertEquals(List.of(), evidences(Check.RULES.detect(Platform.TAOBAO, Speaker.BUYER, text), RiskType.OFF_PLATFORM_CONTACT));
        assertEquals("1+shop-7", shop.versions().get("off-platform-cues.tsv"));
    }
}
