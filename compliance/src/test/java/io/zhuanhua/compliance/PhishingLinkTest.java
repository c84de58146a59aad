package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.detect;
import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhishingLinkTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # platform | buyer message                                         | flagged links (; separated, - none)
            TAOBAO    | 我拍不了 你看这个链接 http://taobao-vip.cc/login          | http://taobao-vip.cc/login
            TAOBAO    | https://item.taobao.com/item.htm?id=528690173109 这个有货吗 | -
            JD        | https://item.taobao.com/item.htm?id=528690173109 这个有货吗 | https://item.taobao.com/item.htm?id=528690173109
            TAOBAO    | m.tb.cn/h.5abc 这个同款                                   | -
            TMALL     | m.tb.cn/h.5abc detail.tmall.com/item.htm?id=1 s.click.taobao.com/x | -
            DOUYIN    | m.tb.cn/h.5abc                                            | m.tb.cn/h.5abc
            JD        | u.jd.com/abc 3.cn/xyz item.jd.com/100012043978.html      | -
            TAOBAO    | item.jd.com/100012043978.html 京东才卖99                  | item.jd.com/100012043978.html
            PINDUODUO | mobile.yangkeduo.com/goods.html?goods_id=1               | -
            DOUYIN    | v.douyin.com/iRNBdV6/ haohuo.jinritemai.com/x            | -
            TAOBAO    | www.abc123.com 进去看看                                   | www.abc123.com
            TAOBAO    | 领券t.cn/A6xyz快                                          | t.cn/A6xyz
            TAOBAO    | ｗｗｗ．ａｂｃ．ｃｏｍ 进去看看                                 | ｗｗｗ．ａｂｃ．ｃｏｍ
            TAOBAO    | 看这里abc。cn/x                                           | abc。cn/x
            TAOBAO    | HTTPS://Pay-Check.XYZ/Order?id=9.                         | HTTPS://Pay-Check.XYZ/Order?id=9
            TAOBAO    | taobao.com.cn-login.top/x                                 | taobao.com.cn-login.top/x
            TAOBAO    | taobao-login.com                                          | taobao-login.com
            TAOBAO    | http://taobao.com@evil.cn/x                               | http://taobao.com@evil.cn/x
            TAOBAO    | http://192.168.1.8:8080/a 和 www.a.com 两个               | http://192.168.1.8:8080/a;www.a.com
            OWN_SITE  | https://item.taobao.com/item.htm?id=1                     | https://item.taobao.com/item.htm?id=1
            TAOBAO    | 1.5米的床 2.0m 有吗                                       | -
            TAOBAO    | 我的邮箱abc@163.com                                       | -
            TAOBAO    | 尺码表.xlsx 发我看看 readme.md                            | -
            TAOBAO    | 价格39.9 包邮吗                                           | -
            """)
    void buyerLinks(Platform platform, String text, String flagged) {
        List<Risk> risks = detect(platform, Speaker.BUYER, text);
        assertEquals(expected(flagged), evidences(risks, RiskType.PHISHING_LINK));
    }

    @Test
    void spanIsInTheOriginalText() {
        String text = "亲 我付不了款 你看看 http://taobao-vip.cc/pay?x=1，帮我弄下";
        Risk r = detect(Platform.TAOBAO, Speaker.BUYER, text).get(0);
        assertEquals(RiskType.PHISHING_LINK, r.type());
        assertEquals(text.indexOf("http"), r.start());
        assertEquals(text.indexOf("，"), r.end());
        assertEquals("不要打开买家发来的站外链接，也不要在链接页面登录、扫码或填写信息", r.instruction());
    }

    @Test
    void onlyBuyersLinksAreChecked() {
        for (Speaker s : new Speaker[] {Speaker.AGENT, Speaker.BOT, Speaker.SYSTEM}) {
            assertTrue(evidences(detect(Platform.TAOBAO, s, "发您个链接 www.abc.com"), RiskType.PHISHING_LINK).isEmpty());
        }
    }

    @Test
    void ownSiteDomainsComeFromConfig() {
        ComplianceRules shop = ComplianceRules.defaults().withExtra(b -> b.ownDomain(Platform.OWN_SITE, "myshop.cn"));
        String text = "https://www.myshop.cn/item/1 和 https://m.myshop.cn/cart";
        assertTrue(Check.spansValid(text, shop.detect(Platform.OWN_SITE, Speaker.BUYER, text)).isEmpty());
        assertEquals(2, ComplianceRules.defaults().detect(Platform.OWN_SITE, Speaker.BUYER, text).size());
        assertTrue(shop.isOwnDomain(Platform.OWN_SITE, "https://m.myshop.cn/x"));
        assertFalse(shop.isOwnDomain(Platform.OWN_SITE, "https://notmyshop.cn/x"));
    }
}
