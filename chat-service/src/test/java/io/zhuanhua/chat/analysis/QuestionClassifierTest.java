package io.zhuanhua.chat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhuanhua.kit.taxonomy.Category;

class QuestionClassifierTest {

    private static final QuestionClassifier CLASSIFIER = QuestionClassifier.defaults();

    /**
     * Main category of lines written for this test (not taken from the dev set): every category, short
     * unpunctuated lines, typos, pinyin, placeholders and the pre-sale/after-sale traps.
     */
    private static final String TABLE = """
            SIZE_FIT | 我165 110斤穿什么码
            SIZE_FIT | 175 140斤穿多大
            SIZE_FIT | 这款偏大还是偏小
            SIZE_FIT | 平时穿39的 这鞋拍几码
            SIZE_FIT | 腰围2尺1选哪个尺码
            SIZE_FIT | 尺吗标准吗
            SIZE_FIT | 体重60kg 拿m还是l
            SIZE_FIT | size标准吗 我平时xl
            SIZE_FIT | 码子偏不偏
            SIZE_FIT | 胖一点的拍大一码吗
            SUITABILITY | 三岁宝宝能穿吗
            SUITABILITY | 敏感肌能用吗
            SUITABILITY | 孕妇可以吃吗
            SUITABILITY | 适合几岁的孩子
            SUITABILITY | 华为手机能用吗
            SUITABILITY | 老人用合适吗
            SUITABILITY | 我车是2018款的能装吗
            SPECS | 是纯棉的吗
            SPECS | 这个防水吗
            SPECS | 两款有什么区别
            SPECS | 什么面料的
            SPECS | 容量多大
            SPECS | 电池能用多久 续航怎么样
            SPECS | 无妨布的还是棉的
            SPECS | 功率多少瓦
            SPECS | 一箱有几个
            USAGE | 这个怎么用
            USAGE | 一天用几次
            USAGE | 自己能安装吗
            USAGE | 可以机洗吗
            USAGE | 茶叶怎么泡好喝
            USAGE | 面膜敷多久
            USAGE | 怎么连蓝牙
            QUALITY | 会起球吗
            QUALITY | 洗了会不会掉色
            QUALITY | 质量怎么样
            QUALITY | 有甲醛吗
            QUALITY | 结实吗 能用几年
            QUALITY | 容易坏吗
            AUTHENTICITY | 是正品吗
            AUTHENTICITY | 有保修吗
            AUTHENTICITY | 正品吗 假一赔十吗
            AUTHENTICITY | 是不是高仿
            AUTHENTICITY | 国行还是港版
            AUTHENTICITY | 质保多久
            PRICE | 多少钱
            PRICE | 这个什么价
            PRICE | 一斤多少钱
            PRICE | 黑色的多少钱一件
            PRICE | duoshaoqian
            PRICE | 单价多少
            BARGAIN | 能便宜点吗
            BARGAIN | 少点吧老板
            BARGAIN | 可以 优惠价 么
            BARGAIN | 抹个零头吧
            BARGAIN | 80卖不卖
            BARGAIN | 最低多少能出
            BARGAIN | 再便宜点我就拍了
            PROMOTION | 有优惠券吗
            PROMOTION | 满减怎么算
            PROMOTION | 买二送一吗
            PROMOTION | 送什么赠品
            PROMOTION | 双十一有活动吗
            PROMOTION | 优惠卷怎么领
            SHIPPING_FEE | 包邮吗
            SHIPPING_FEE | 包油不
            SHIPPING_FEE | baoyou吗
            SHIPPING_FEE | 运费多少
            SHIPPING_FEE | 买3斤包邮吗
            SHIPPING_FEE | 买多少斤包邮
            SHIPPING_FEE | 偏远地区加运费吗
            DISPATCH_TIME | 今天能发吗
            DISPATCH_TIME | 几天能到西安呢
            DISPATCH_TIME | 什么时候法货
            DISPATCH_TIME | 现在拍明天能发不
            DISPATCH_TIME | 下单后多久发货
            DISPATCH_TIME | 急用 后天能到吗
            DISPATCH_TIME | 几点前拍当天发
            COURIER | 发什么快递
            COURIER | 能发顺丰吗
            COURIER | 运达快递能到吗
            COURIER | 新疆能发吗
            COURIER | 从哪里发货
            COURIER | 可以走邮政吗
            STOCK | 有货吗
            STOCK | 还有现货吗
            STOCK | 黑色什么时候补货
            STOCK | l码还有吗
            STOCK | 断货了吗
            STOCK | 这个是预售吗
            COLOR_DIFF | 有色差吗
            COLOR_DIFF | 实物是这个颜色吗
            COLOR_DIFF | 颜色和图片一样吗
            COLOR_DIFF | 色差大不大
            COLOR_DIFF | 实物颜色会偏黄吗
            PRICE_COMPARE | 别家更便宜
            PRICE_COMPARE | 怎么涨价了
            PRICE_COMPARE | 昨天还是99今天怎么贵了
            PRICE_COMPARE | 旗舰店比你们便宜
            PRICE_COMPARE | 拼多多上才卖50
            SHELF_LIFE | 保质期多久
            SHELF_LIFE | 生产日期是什么时候
            SHELF_LIFE | 是新鲜的吗
            SHELF_LIFE | 开封后能放多久
            SHELF_LIFE | 日期新不新
            COMFORT | 穿着舒服吗
            COMFORT | 透气吗 夏天闷不闷
            COMFORT | 会磨脚吗
            COMFORT | 扎不扎人
            COMFORT | 软不软
            RECOMMEND | 帮我推荐一款
            RECOMMEND | 哪个好
            RECOMMEND | 黑色和白色哪个好看
            RECOMMEND | 第一次买不知道选哪个
            RECOMMEND | 哪款卖得最好
            GIFT | 送人的 有礼盒吗
            GIFT | 送女朋友合适吗
            GIFT | 能帮忙写个贺卡吗
            GIFT | 送礼用的 别放价格单
            INVOICE | 能开发票吗
            INVOICE | 开公司抬头 税号发你
            INVOICE | 可以开专票吗
            INVOICE | 发票怎么开
            PAYMENT | 怎么付款
            PAYMENT | 能用花呗吗
            PAYMENT | 付不了款怎么回事
            PAYMENT | 可以分期吗
            PAYMENT | 找朋友代付可以吗
            ORDER_CHANGE | 地址写错了能改吗
            ORDER_CHANGE | 帮我取消订单
            ORDER_CHANGE | 备注一下要黑色
            ORDER_CHANGE | [订单x] 改一下地址
            ORDER_CHANGE | 两个订单合并发货
            ORDER_CHANGE | 先别发 过几天再发
            LOGISTICS | 怎么还没到
            LOGISTICS | 到哪了
            LOGISTICS | 物流不动了
            LOGISTICS | [订单x] 物流三天没更新了
            LOGISTICS | 快递显示签收了但我没收到
            LOGISTICS | 怎么还不发货
            LOGISTICS | 帮我催一下快递
            QUALITY_COMPLAINT | 收到就坏了
            QUALITY_COMPLAINT | 衣服开线了
            QUALITY_COMPLAINT | 发错了 我要的是黑色
            QUALITY_COMPLAINT | 少发了一件
            QUALITY_COMPLAINT | 洗了一次就掉色了
            QUALITY_COMPLAINT | [图片] 杯子碎了
            QUALITY_COMPLAINT | 收到有股怪味
            RETURN_EXCHANGE | 能退吗
            RETURN_EXCHANGE | 换个大一码的
            RETURN_EXCHANGE | 七天无理由吗
            RETURN_EXCHANGE | 不合适可以换吗
            RETURN_EXCHANGE | 退货地址发我
            REFUND | 退款什么时候到
            REFUND | 钱什么时候退给我
            REFUND | 降价了能退差价吗
            REFUND | 申请退款了 快点处理
            REFUND | 价保怎么弄
            RETURN_SHIPPING | 退货运费谁出
            RETURN_SHIPPING | 有运费险吗
            RETURN_SHIPPING | 换货的运费谁承担
            RETURN_SHIPPING | 退回去的运费能报销吗
            INSTALL_REPAIR | 什么时候上门安装
            INSTALL_REPAIR | 坏了能修吗
            INSTALL_REPAIR | 安装师傅什么时候来
            INSTALL_REPAIR | 保修期内维修收费吗
            INSTALL_REPAIR | 售后电话多少
            COMPLAINT | 我要投诉你们
            COMPLAINT | 给差评了
            COMPLAINT | 什么垃圾服务
            COMPLAINT | 骗子店 我要找平台
            COMPLAINT | 态度太差了
            HUMAN_AGENT | 转人工
            HUMAN_AGENT | 人工客服
            HUMAN_AGENT | 别自动回复了 找个真人
            HUMAN_AGENT | 我要人工
            GREETING | 在吗
            GREETING | 你好
            GREETING | 亲
            GREETING | 老板在不在
            GREETING | hello
            GREETING | 👋
            GREETING | zaima
            ACK | 好的
            ACK | 谢谢
            ACK | 好的谢谢
            ACK | 嗯嗯
            ACK | ok
            ACK | thx
            ACK | 知道了 拜拜
            ACK | 👍
            OTHER | [图片]
            OTHER | 这个
            OTHER | 528690173109
            OTHER | ？？
            OTHER |
            OTHER | [链接x]
            """;

    static Stream<Arguments> table() {
        return TABLE.lines().map(row -> {
            int bar = row.indexOf('|');
            return Arguments.of(Category.valueOf(row.substring(0, bar).trim()), row.substring(bar + 1).trim());
        });
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("table")
    void mainCategory(Category expected, String line) {
        List<CategoryScore> scores = CLASSIFIER.classify(line);
        assertEquals(expected, scores.get(0).category(), () -> line + " → " + scores + "  [" + CLASSIFIER.explain(line) + "]");
    }

    @Test
    void tableCoversEveryCategoryAndAtLeastHundredLines() {
        List<Arguments> rows = table().toList();
        assertTrue(rows.size() >= 100, "rows: " + rows.size());
        for (Category c : Category.values()) {
            assertTrue(rows.stream().anyMatch(r -> r.get()[0] == c), "no line for " + c);
        }
    }

    @Test
    void neverEmptyAndSortedWithConfidencesInRange() {
        for (String line : List.of("", "   ", "？？", "有货吗 今天能发吗", "亲 这个包邮吗 几天到 能开发票吗")) {
            List<CategoryScore> scores = CLASSIFIER.classify(line);
            assertFalse(scores.isEmpty(), line);
            for (int i = 0; i < scores.size(); i++) {
                assertTrue(scores.get(i).confidence() > 0 && scores.get(i).confidence() <= 1, line + " " + scores);
                if (i > 0) {
                    assertTrue(scores.get(i - 1).confidence() >= scores.get(i).confidence(), line + " " + scores);
                }
            }
        }
        assertEquals(List.of(new CategoryScore(Category.OTHER, 1.0)), CLASSIFIER.classify(""));
        assertEquals(List.of(new CategoryScore(Category.OTHER, 1.0)), CLASSIFIER.classify(null));
    }

    @Test
    void multiLabelLineKeepsBothQuestionsFirstOneFirst() {
        assertEquals(List.of(Category.STOCK, Category.DISPATCH_TIME), categories("有货吗 今天能发吗"));
        assertEquals(List.of(Category.DISPATCH_TIME, Category.STOCK), categories("今天能发吗 有货吗"));
        assertTrue(categories("包邮吗 发什么快递").containsAll(List.of(Category.SHIPPING_FEE, Category.COURIER)));
    }

    @Test
    void greetingWithAQuestionPutsTheQuestionFirst() {
        List<CategoryScore> scores = CLASSIFIER.classify("亲 这个包邮吗");
        assertEquals(Category.SHIPPING_FEE, scores.get(0).category());
        scores.stream().filter(s -> s.category() == Category.GREETING)
                .forEach(g -> assertTrue(g.confidence() < scores.get(0).confidence()));
        assertEquals(Category.DISPATCH_TIME, CLASSIFIER.classify("你好 什么时候发货").get(0).category());
        assertEquals(Category.SIZE_FIT, CLASSIFIER.classify("好的 那我175穿多大").get(0).category());
    }

    @Test
    void preSaleAndAfterSaleTrapsAreKeptApart() {
        assertEquals(Category.DISPATCH_TIME, main("几天能到"));
        assertEquals(Category.LOGISTICS, main("都五天了怎么还没到"));
        assertEquals(Category.QUALITY, main("这个会掉色吗"));
        assertEquals(Category.QUALITY_COMPLAINT, main("刚收到就掉色了"));
        assertEquals(Category.RETURN_EXCHANGE, main("可以退货吗"));
        assertEquals(Category.REFUND, main("退款怎么还没到账"));
        assertEquals(Category.RETURN_SHIPPING, main("退货的话运费谁出"));
        assertEquals(Category.PRICE, main("这件多少钱"));
        assertEquals(Category.BARGAIN, main("这件能便宜点吗"));
        assertEquals(Category.PRICE_COMPARE, main("这件别家便宜好多"));
    }

    @Test
    void aShopLexiconLineChangesTheResult() {
        String line = "有没有那个小熊挂件";
        assertEquals(Category.OTHER, main(line));
        QuestionClassifier shop = QuestionClassifier.fromLexicon(QuestionClassifier.defaultLexicon(),
                new StringReader("# shop 4711: the keychain is a gift with purchase\nPROMOTION\tlit\t小熊挂件\t0.9\n"));
        assertEquals(Category.PROMOTION, shop.classify(line).get(0).category());
        assertEquals(Category.SHIPPING_FEE, shop.classify("包邮吗").get(0).category(), "the default cues stay");
    }

    @Test
    void aShopLexiconCanRemoveOrReweighADefaultCue() {
        QuestionClassifier shop = QuestionClassifier.fromLexicon(QuestionClassifier.defaultLexicon(),
                new StringReader("SHIPPING_FEE\tlit\t包邮\t0\n"));
        assertEquals(Category.OTHER, shop.classify("包邮").get(0).category());
    }

    @Test
    void aShopLexiconCanAddSynonymsAndRegexCues() {
        QuestionClassifier shop = QuestionClassifier.fromLexicon(QuestionClassifier.defaultLexicon(), new StringReader("""
                *\tsyn\tbyb\t包邮
                SPECS\tre\t(?<![a-z])g\\d{3}\t0.8\tg
                """));
        assertEquals(Category.SHIPPING_FEE, shop.classify("byb吗").get(0).category());
        assertEquals(Category.SPECS, shop.classify("G502呢").get(0).category());
    }

    @Test
    void badLexiconLinesNameTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionClassifier.fromLexicon(new StringReader("# ok\nSIZE_FIT\tlit\t尺码\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> QuestionClassifier.fromLexicon(new StringReader("NO_SUCH\tlit\tx\t0.5\n")));
        assertThrows(IllegalArgumentException.class,
                () -> QuestionClassifier.fromLexicon(new StringReader("PRICE\tre\t(unclosed\t0.5\n")));
        assertThrows(IllegalArgumentException.class,
                () -> QuestionClassifier.fromLexicon(new StringReader("PRICE\tlit\t价格\t1.5\n")));
    }

    @Test
    void classifyIsThreadSafe() throws Exception {
        List<String> lines = table().map(a -> (String) a.get()[1]).toList();
        List<List<CategoryScore>> expected = lines.stream().map(CLASSIFIER::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < lines.size(); i++) {
                            if (!CLASSIFIER.classify(lines.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Category main(String line) {
        return CLASSIFIER.classify(line).get(0).category();
    }

    private static List<Category> categories(String line) {
        return CLASSIFIER.classify(line).stream().map(CategoryScore::category).toList();
    }
}
