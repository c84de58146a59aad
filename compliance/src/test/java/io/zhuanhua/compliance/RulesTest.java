package io.zhuanhua.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RulesTest {

    @ParameterizedTest
    @EnumSource(RuleFile.class)
    void everyResourceFileHasAHeaderAndAVersion(RuleFile f) throws IOException {
        try (InputStream in = ComplianceRules.class.getResourceAsStream(f.resourcePath())) {
            assertNotNull(in, f.resourcePath());
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# Zhuanhua compliance rules: "), f + " starts with its header comment");
            assertTrue(text.contains("# Format:") || text.contains("Format: "), f + " documents its format");
        }
        assertNotNull(ComplianceRules.defaults().versions().get(f.fileName()), f + " has a # version: line");
    }

    @Test
    void defaultsAreLoadedOnce() {
        assertSame(ComplianceRules.defaults(), ComplianceRules.defaults());
    }

    @Test
    void everyRiskTypeHasAnInstructionOnBothSides() {
        for (RiskType t : RiskType.values()) {
            for (Speaker s : Speaker.values()) {
                assertFalse(ComplianceRules.defaults().instruction(t, s).isBlank(), t + "/" + s);
            }
        }
        ComplianceRules custom = ComplianceRules.defaults()
                .withExtra(b -> b.instruction(RiskType.RIVAL_PLATFORM, "SHOP", "别提别的平台"));
        assertEquals("别提别的平台", custom.detect(Platform.JD, Speaker.AGENT, "淘宝").get(0).instruction());
    }

    @Test
    void riskTypeNamesMatchTheProtoEnum() throws IOException {
        Path proto = Path.of("..", "proto", "src", "main", "proto", "zhuanhua", "common", "v1", "common.proto");
        Assumptions.assumeTrue(Files.exists(proto), "proto module not next to this one");
        String text = Files.readString(proto);
        String body = text.substring(text.indexOf("enum RiskType"));
        body = body.substring(0, body.indexOf('}'));
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("RISK_TYPE_([A-Z_]+)\\s*=\\s*[1-9]").matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        List<String> ours = new ArrayList<>();
        for (RiskType t : RiskType.values()) {
            ours.add(t.name());
        }
        assertEquals(names, ours);
    }

    @Test
    void badLinesAreRejectedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComplianceRules.builder().load(RuleFile.RIVAL_PLATFORMS, "# c\npunsih\tJD\tTAOBAO\n"));
        assertTrue(e.getMessage().startsWith("rival-platforms.tsv:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ComplianceRules.builder().load(RuleFile.PLATFORM_DOMAINS, "own\tALIEXPRESS\tali.com\n"));
        assertThrows(IllegalArgumentException.class,
                () -> ComplianceRules.builder().punishRival(Platform.JD, "NOBODY").build());
    }

    @Test
    void anEmptyBuilderFlagsOnlyShapes() {
        ComplianceRules empty = ComplianceRules.builder().build();
        assertEquals(List.of(), empty.lint(Platform.JD, "绝对 淘宝 微信"));
        List<Risk> risks = empty.detect(Platform.JD, Speaker.AGENT, "13800138000");
        assertEquals(2, risks.size()); // a phone number in an agent message: contact and personal data
    }

    @Test
    void toBuilderDoesNotChangeTheOriginal() {
        ComplianceRules base = ComplianceRules.defaults();
        ComplianceRules.Builder b = base.toBuilder();
        b.absoluteWord("包好");
        b.build();
        assertEquals(List.of(), base.lint(null, "包好"));
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        ComplianceRules rules = ComplianceRules.defaults();
        String[] texts = {"vx同号13800138000", "亲，绝对正品", "淘宝也有", "http://a-b.cc/x 违规 签署", "在吗"};
        List<List<Risk>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(rules.detect(Platform.JD, Speaker.BUYER, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        int j = i % texts.length;
                        if (!rules.detect(Platform.JD, Speaker.BUYER, texts[j]).equals(expected.get(j))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void fastEnoughForEveryMessage() {
        // a smoke check only (the real benchmark runs elsewhere): very lenient so a busy CI machine passes
        ComplianceRules rules = ComplianceRules.defaults();
        String[] msgs = {"在吗", "528690173109这是大得嘛", "175 140斤穿多大", "亲，这款是纯棉的，175建议拍XL哦",
            "我拍不了 你看这个链接 http://taobao-vip.cc/login", "vx同号13800138000",
            "收件电话改成13800138000 地址浙江省杭州市西湖区文三路123号", "亲，今天下单明天发货，发中通快递😊"};
        Speaker[] speakers = {Speaker.BUYER, Speaker.AGENT, Speaker.BOT};
        int n = 0;
        for (int i = 0; i < 20000; i++) { // warm-up
            n += rules.detect(Platform.TAOBAO, speakers[i % 3], msgs[i % msgs.length]).size();
        }
        long t0 = System.nanoTime();
        int count = 50000;
        for (int i = 0; i < count; i++) {
            n += rules.detect(Platform.TAOBAO, speakers[i % 3], msgs[i % msgs.length]).size();
        }
        double perSecond = count / ((System.nanoTime() - t0) / 1e9);
        assertTrue(n > 0);
        assertTrue(perSecond > 5000, "messages/s: " + perSecond);
    }
}
