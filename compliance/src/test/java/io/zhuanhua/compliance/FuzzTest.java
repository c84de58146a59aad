package io.zhuanhua.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random texts built from the characters the rules care about: no exception, valid spans, same-length masks. */
class FuzzTest {
    private static final String[] PIECES = {
        "1", "3", "8", "0", "5", "x", "X", " ", "-", "(", ")", ".", "。", "@", ":", "：", "/", "+", "_", "*",
        "幺", "三", "八", "零", "一", "号", "路", "栋", "单元", "室", "区", "市", "省", "小区",
        "vx", "V", "加", "微", "信", "qq", "扣扣", "企鹅", "同号", "不", "不能", "最", "好", "第一", "次", "100%",
        "保证", "金", "绝对", "淘宝", "京东", "天猫", "违规", "官方通知", "签署", "http://", "www", "com", "cn",
        "taobao", "jd", "，", "！", "\n", "❤", "\uFE0F", "😊", "\uD83D", "ｖｘ", "１３８", "亲", "的", "订单号", "卡号",
    };

    @Test
    void randomTextsKeepTheContract() {
        Random rnd = new Random(20240611L);
        ComplianceRules rules = Check.RULES;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            for (Speaker s : Speaker.values()) {
                Check.spansValid(text, rules.detect(Platform.values()[i % Platform.values().length], s, text));
            }
            Check.spansValid(text, rules.lint(null, text));
            assertEquals(text.length(), rules.mask(text).length(), text);
        }
    }

    /** Guards against catastrophic regex backtracking and quadratic scans (a regression takes minutes). */
    @Test
    void longTextsStayFast() {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(7);
        while (sb.length() < 100_000) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        String big = sb.toString();
        String[] repeated = {"1 ".repeat(50_000), "abc.".repeat(20_000) + "com", "最不保证加微信".repeat(10_000),
            "中山".repeat(20_000) + "路1号3栋", "1号".repeat(30_000), "a@".repeat(30_000), "qq 12345 ".repeat(10_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Check.RULES.detect(Platform.JD, Speaker.BUYER, big);
            Check.RULES.detect(Platform.JD, Speaker.AGENT, big);
            Check.RULES.mask(big);
            for (String t : repeated) {
                Check.spansValid(t, Check.RULES.detect(Platform.JD, Speaker.BUYER, t));
                Check.RULES.lint(null, t);
                Check.RULES.mask(t);
            }
        });
    }
}
