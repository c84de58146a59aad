package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.detect;
import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FakeOfficialNoticeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # platform | buyer message | notice evidence (- none)
            TAOBAO | 【淘宝官方通知】您的店铺存在违规行为，请于24小时内点击链接签署协议 http://tb-notice.cn/sign | 【淘宝官方通知】您的店铺存在违规行为，请于24小时内点击链接签署协议 http://tb-notice.cn/sign
            TAOBAO | 平台通知：店铺保证金异常将被冻结，请联系客服处理                   | 平台通知：店铺保证金异常将被冻结
            JD     | 商家您好，您的店铺因售假被投诉，请扫码处理                          | 商家您好，您的店铺因售假被投诉，请扫码
            TAOBAO | 我是淘宝小二，你们店铺违规了，加我微信处理                           | 我是淘宝小二，你们店铺违规
            TAOBAO | 违规 签署                                                    | 违规 签署
            TAOBAO | 你们涉嫌违规 详情见 www.tb-rule.cn/a                            | 违规 详情见 www.tb-rule.cn/a
            TAOBAO | 系 统 通 知：贵 店 铺 违 规                                     | 系 统 通 知：贵 店 铺 违 规
            TAOBAO | ｛官方通知｝店铺冻结                                            | 官方通知｝店铺冻结
            # a real buyer complaining or threatening is not a fake notice
            TAOBAO | 你们这样是违规的，我要投诉                                       | -
            TAOBAO | 我要去平台投诉你们                                              | -
            TAOBAO | 我找小二投诉你们违规发货                                          | -
            TAOBAO | 我要投诉，这个是违规的吧，截图给你看 item.taobao.com/item.htm?id=1   | -
            TAOBAO | 你们有官方旗舰店吗                                              | -
            TAOBAO | 登录不了 点击付款没反应                                          | -
            TAOBAO | 交保证金了吗 是正品吗                                            | -
            """)
    void buyerNotices(Platform platform, String text, String flagged) {
        List<Risk> risks = detect(platform, Speaker.BUYER, text);
        assertEquals(expected(flagged), evidences(risks, RiskType.FAKE_OFFICIAL_NOTICE));
    }

    @Test
    void aFakeNoticeWithALinkIsAlsoPhishingAndItsDepositIsNoPromise() {
        String text = "【天猫】店铺保证金不足，将被冻结，请点击链接补缴：http://tmall-pay.top/x";
        List<Risk> risks = detect(Platform.TMALL, Speaker.BUYER, text);
        assertEquals(1, evidences(risks, RiskType.FAKE_OFFICIAL_NOTICE).size());
        assertEquals(List.of("http://tmall-pay.top/x"), evidences(risks, RiskType.PHISHING_LINK));
        assertEquals(List.of(), evidences(risks, RiskType.ABSOLUTE_PROMISE));
        Risk notice = risks.stream().filter(r -> r.type() == RiskType.FAKE_OFFICIAL_NOTICE).findFirst().orElseThrow();
        assertEquals(0, notice.start());
        assertEquals(text.length(), notice.end());
        assertTrue(notice.instruction().startsWith("疑似冒充平台的通知"));
    }

    @Test
    void onlyBuyersCanFakeANotice() {
        String text = "官方通知：您的店铺违规，请签署协议";
        for (Speaker s : new Speaker[] {Speaker.AGENT, Speaker.BOT, Speaker.SYSTEM}) {
            assertEquals(List.of(), evidences(detect(Platform.TAOBAO, s, text), RiskType.FAKE_OFFICIAL_NOTICE));
        }
        assertEquals(1, evidences(detect(Platform.TAOBAO, Speaker.BUYER, text), RiskType.FAKE_OFFICIAL_NOTICE).size());
    }
}
