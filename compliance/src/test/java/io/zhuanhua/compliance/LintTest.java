package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LintTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "亲，您好，在的，有什么可以帮您？",
        "亲，这款是纯棉的，175建议拍XL哦",
        "亲，今天下单明天发货，发中通快递，最快后天就能到哦",
        "亲，这款面料是100%纯棉的，透气舒服，不起球不掉色，您平时穿多大码呢？",
        "亲，最多可以给您优惠10元，第一件原价第二件半价，现在拍最划算的是两件装",
        "亲，收到有质量问题拍照片给我们，第一时间给您处理",
        "亲，平台不允许加微信哦，有问题直接在这里留言，我们随时在线",
        "亲，本店不支持微信支付，可以用支付宝或花呗付款",
        "感谢您的支持，祝您生活愉快！",
        "亲，退货地址：浙江省杭州市余杭区文一西路1号 张三 13800138000，寄回请备注订单号",
        "亲，最好选大一码，这款偏小",
    })
    void cleanRepliesPass(String reply) {
        if (reply.contains("最划算")) {
            // "最划算" is a superlative: the one intended catch in this otherwise clean reply
            assertEquals(List.of("最划算"), evidences(lint(Platform.TAOBAO, reply), RiskType.ABSOLUTE_PROMISE));
            return;
        }
        assertEquals(List.of(), lint(Platform.TAOBAO, reply));
        assertEquals(List.of(), lint(null, reply));
    }

    @Test
    void offendingSpansAreReturned() {
        String reply = "亲，我们家质量绝对是最好的，加我微信13800138000发您优惠券，比淘宝便宜";
        List<Risk> risks = lint(Platform.JD, reply);
        assertEquals(List.of("绝对", "最好"), evidences(risks, RiskType.ABSOLUTE_PROMISE));
        assertEquals(List.of("加我微信13800138000"), evidences(risks, RiskType.OFF_PLATFORM_CONTACT));
        assertEquals(List.of("淘宝"), evidences(risks, RiskType.RIVAL_PLATFORM));
        assertEquals(4, risks.size());
        assertTrue(risks.stream().allMatch(r -> r.inText()));
    }

    @Test
    void rivalNamesDependOnThePlatformAndNullMeansEveryPlatform() {
        String script = "亲，这款是淘宝同款";
        assertEquals(List.of("淘宝"), evidences(lint(Platform.JD, script), RiskType.RIVAL_PLATFORM));
        assertEquals(List.of(), lint(Platform.TAOBAO, script));
        assertEquals(List.of("淘宝"), evidences(lint(null, script), RiskType.RIVAL_PLATFORM));
        assertEquals(List.of("京东"), evidences(lint(null, "京东同款"), RiskType.RIVAL_PLATFORM));
        assertEquals(List.of(), lint(Platform.OWN_SITE, "京东同款"));
    }

    @Test
    void lintFlagsAnyPhoneNumberAndTheDisguises() {
        assertEquals(List.of("138-0013-8000"), evidences(lint(null, "有事打138-0013-8000"), RiskType.OFF_PLATFORM_CONTACT));
        assertEquals(List.of("vx同号"), evidences(lint(null, "vx同号哦"), RiskType.OFF_PLATFORM_CONTACT));
        assertEquals(List.of("扣扣"), evidences(lint(null, "扣扣找我"), RiskType.OFF_PLATFORM_CONTACT));
        assertEquals(List.of(), lint(null, "有问题打400-800-8888"));
    }

    @Test
    void emptyAndNull() {
        assertEquals(List.of(), Check.RULES.lint(null, null));
        assertEquals(List.of(), Check.RULES.lint(Platform.JD, ""));
    }
}
