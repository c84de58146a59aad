package io.zhuanhua.chat.lost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.chat.lost.LossEvidence.Quote;
import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;

/**
 * Realistic shop conversations and the loss evidence each should carry. Buyer lines carry the categories
 * the bundled classifier gives them. Expected evidence is written {@code SIGNAL | detail | buyer | reply}, a
 * quote as {@code index} (the whole line), {@code index:span} (the quoted phrase) or {@code -} (none); the
 * list is exact, so a case with no expectations asserts that nothing is found.
 */
class LossEvidenceFinderTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private final LossEvidenceFinder finder = LossEvidenceFinder.defaults();

    record Case(String name, String script, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case conversation(String name, String script, String... expected) {
        return new Case(name, script, List.of(expected));
    }

    static Stream<Case> conversations() {
        return Stream.of(
                // --- stock ---------------------------------------------------------------------------
                conversation("stock-out of a variant, item id from the link sent before", """
                        B 0 GREETING | 在吗
                        R 1 | 您好，欢迎光临~有什么可以帮您的呢
                        B 6 OTHER | https://item.taobao.com/item.htm?id=528690173109
                        B 9 STOCK,SIZE_FIT | 这个黑色xl还有货吗
                        A 15 | 亲，黑色XL目前断货了哦，白色还有的
                        B 40 ACK | 好吧
                        """,
                        "OUT_OF_STOCK | 528690173109 | 3 | 4:断货"),
                conversation("restock wait: stock-out, and the wait the buyer cannot take", """
                        B 0 STOCK | 什么时候补货啊
                        A 4 | 亲 这款补货要等10天左右哦
                        B 20 OTHER | 等不了那么久
                        """,
                        "OUT_OF_STOCK |  | 0 | 1:补货要等",
                        "DISPATCH_TOO_SLOW |  | 2:等不了 | 1:要等10天"),
                conversation("presale answer to a stock question", """
                        B 0 STOCK | 现货吗
                        A 5 | 亲 这款是预售哦 预售15天内发货
                        B 12 ACK | 哦哦
                        """,
                        "OUT_OF_STOCK |  | 0 | 1:预售"),
                conversation("traditional characters and full-width letters quoted from the original", """
                        B 0 STOCK,SIZE_FIT | 這個Ｌ碼還有嗎
                        A 3 | 親，Ｌ碼沒貨了
                        """,
                        "OUT_OF_STOCK |  | 0 | 1:沒貨"),
                conversation("a size sold out, said the usual way", """
                        B 0 STOCK,SIZE_FIT | 黑色m码还有吗
                        A 3 | 亲 黑色M码没有了哦 其他颜色有的
                        B 9 ACK | 好吧
                        """,
                        "OUT_OF_STOCK |  | 0 | 1:码没有了"),
                conversation("negative: a welcome auto-reply with presale terms answers no question", """
                        B 0 GREETING | 在吗
                        R 1 | 亲 欢迎光临 本店预售商品下单后15天发货 默认中通 不议价哦
                        B 5 ACK | 好的
                        """,
                        "NO_QUESTION |  | 0 | 1"),
                conversation("negative: in stock, and 'nearly sold out' is urgency", """
                        B 0 STOCK | 有货吗
                        A 3 | 有货的亲 放心拍
                        B 8 OTHER | 白色呢
                        A 11 | 白色也有的 库存不多快卖完了哦
                        B 20 ACK | 好的 拍了
                        """),
                // --- courier -------------------------------------------------------------------------
                conversation("courier refused, the topic named before the refusal", """
                        B 0 COURIER | 能发顺丰吗
                        A 4 | 亲 不好意思 顺丰的话我们这边发不了哦 默认中通
                        B 20 ACK | 好吧
                        """,
                        "COURIER_NOT_OFFERED | 顺丰 | 0:顺丰 | 1:发不了"),
                conversation("only other couriers", """
                        B 0 COURIER | 发京东快递可以吗
                        A 6 | 亲亲 我们家只发中通和韵达哦
                        """,
                        "COURIER_NOT_OFFERED | 京东 | 0:京东快递 | 1:只发"),
                conversation("no choice of courier; the buyer leaves with a line nobody must answer", """
                        B 0 COURIER | 能发邮政吗 我们这里只有邮政
                        A 5 | 亲 默认韵达 不能指定快递哦
                        B 30 OTHER | 那我再看看
                        """,
                        "COURIER_NOT_OFFERED | 邮政 | 0:邮政 | 1:不能指定"),
                conversation("typo 顺风 is 顺丰", """
                        B 0 COURIER | 发顺风吗
                        A 3 | 亲 顺丰发不了哦
                        """,
                        "COURIER_NOT_OFFERED | 顺丰 | 0:顺风 | 1:发不了"),
                conversation("EMS in capitals, the shop ships another", """
                        B 0 COURIER,DISPATCH_TIME | EMS能发吗
                        A 3 | 亲 ems发不了 只能发顺丰
                        """,
                        "COURIER_NOT_OFFERED | EMS | 0:EMS | 1:发不了"),
                conversation("two couriers asked: one refused, the other offered", """
                        B 0 COURIER,DISPATCH_TIME | 顺丰或者邮政能发吗
                        A 6 | 顺丰发不了哦，邮政可以发的
                        B 15 ACK | 好的
                        """,
                        "COURIER_NOT_OFFERED | 顺丰 | 0:顺丰 | 1:发不了"),
                conversation("negative: courier offered at a surcharge", """
                        B 0 COURIER | 能发顺丰吗
                        A 4 | 可以发顺丰的亲，需要补差价10元哦
                        B 15 ACK | 好的
                        """),
                conversation("negative: the bot refused, the human then offered it", """
                        B 0 COURIER | 能发顺丰吗
                        R 1 | 亲，本店默认发中通快递，不支持指定快递哦
                        B 10 HUMAN_AGENT | 转人工
                        A 30 | 亲 可以给您发顺丰的 补个差价就行
                        B 40 ACK | 好的谢谢
                        """),
                conversation("negative: which courier, no courier asked for", """
                        B 0 COURIER | 发什么快递
                        A 4 | 亲 默认韵达 不能指定哦
                        B 9 ACK | 好的
                        """),
                // --- bargain -------------------------------------------------------------------------
                conversation("bargain refused twice, the last refusal quoted", """
                        B 0 BARGAIN | 能便宜点吗
                        A 5 | 亲 已经是最低价了哦 不议价的
                        B 20 BARGAIN | 少10块吧
                        A 26 | 真的没法再便宜了亲
                        """,
                        "BARGAIN_REFUSED | refused | 2 | 3:没法再便宜"),
                conversation("negative: bargain answered with a coupon", """
                        B 0 BARGAIN | 老板便宜点呗
                        A 4 | 亲 价格不能少了哦 不过可以给您一张5元优惠券 下单前记得领取
                        B 12 ACK | 好的
                        """),
                conversation("negative: the bot refused the bargain, the human then changed the price", """
                        B 0 BARGAIN | 能不能便宜点
                        R 1 | 亲 本店商品不议价哦
                        A 20 | 亲 给您改价少5元 您拍下别付款
                        B 30 ACK | 好的
                        """),
                conversation("price comparison answered without any concession", """
                        B 0 PRICE_COMPARE | 别家才卖39
                        A 6 | 亲 我们家是品牌直营 品质有保障的哦
                        B 30 OTHER | 哦
                        """,
                        "BARGAIN_REFUSED | no concession | 0 | 1"),
                conversation("a coupon first, then a refusal of the next bargain", """
                        B 0 BARGAIN | 能优惠点吗
                        A 3 | 亲 店铺首页可以领5元券哦
                        B 15 BARGAIN | 领了 再少点吧
                        A 20 | 亲 券后已经是最低价了 不能再便宜了哦
                        """,
                        "BARGAIN_REFUSED | refused | 2 | 3:券后"),
                // --- size ----------------------------------------------------------------------------
                conversation("negative: size answered", """
                        B 0 SIZE_FIT | 175 140斤穿多大
                        A 5 | 亲 建议L码哦
                        B 9 ACK | 好的
                        """),
                conversation("size question answered with the size chart only", """
                        B 0 SIZE_FIT | 平时穿L 这个拍多大
                        A 7 | 亲 可以参考详情页的尺码表哦
                        B 40 OTHER | 哦
                        """,
                        "SIZE_DOUBT_UNRESOLVED | unanswered | 0 | 1"),
                conversation("size answered, the buyer still doubts", """
                        B 0 SIZE_FIT | 165 120斤 穿什么码
                        A 4 | 建议M码亲
                        B 15 SPECS | 还是不确定 怕穿不了
                        A 18 | 亲 可以放心拍 不合适可以退换的
                        B 30 ACK | 嗯嗯
                        """,
                        "SIZE_DOUBT_UNRESOLVED | doubt | 2:不确定 | 1:M"),
                conversation("negative: a size doubt the agent settles", """
                        B 0 SIZE_FIT | L码会不会小 我170 130斤
                        A 5 | 亲 170 130斤 L码刚好的 放心拍
                        B 10 ACK | 好的
                        """),
                // --- quality and authenticity ----------------------------------------------------------
                conversation("quality doubt", """
                        B 0 QUALITY | 质量怎么样 怕起球
                        A 6 | 亲 我们是精梳棉的 不容易起球哦
                        """,
                        "QUALITY_DOUBT |  | 0:怕 | 1"),
                conversation("authenticity doubt", """
                        B 0 AUTHENTICITY,QUALITY_COMPLAINT,SPECS | 会不会是假的啊
                        A 5 | 亲 我们是品牌授权店 保证正品 假一赔十
                        """,
                        "AUTHENTICITY_DOUBT |  | 0:会不会 | 1"),
                conversation("negative: a plain authenticity question", """
                        B 0 AUTHENTICITY | 是正品吗
                        A 3 | 亲 保证正品的哦 支持专柜验货
                        B 8 ACK | 好的
                        """),
                // --- shipping fee, dispatch --------------------------------------------------------------
                conversation("shipping-fee objection, left unanswered", """
                        B 0 SHIPPING_FEE | 包邮吗
                        A 5 | 亲 不包邮哦 运费15元
                        B 12 SHIPPING_FEE,PRICE_COMPARE | 运费这么贵啊
                        B 14 SHIPPING_FEE | 不包邮就算了
                        """,
                        "SHIPPING_FEE_OBJECTION |  | 2:运费这么贵 | 1",
                        "NO_REPLY | SHIPPING_FEE | 2 | -"),
                conversation("'这么贵' right after the agent stated the fee", """
                        B 0 SHIPPING_FEE | 包邮吗
                        A 3 | 亲 新疆西藏不包邮 其他地区包邮的
                        B 8 SHIPPING_FEE,COURIER | 我是新疆的 运费多少
                        A 12 | 亲 新疆运费20元
                        B 15 PRICE_COMPARE | 这么贵
                        B 20 OTHER | 算了
                        """,
                        "SHIPPING_FEE_OBJECTION |  | 4 | 3:运费",
                        "NO_REPLY | PRICE_COMPARE | 4 | -"),
                conversation("dispatch too slow: the buyer complains about the stated wait", """
                        B 0 DISPATCH_TIME | 今天能发吗
                        A 3 | 亲 这款是定制款 付款后7天才能发货哦
                        B 10 LOGISTICS | 太慢了
                        A 15 | 抱歉亲 定制款需要时间制作哦
                        """,
                        "DISPATCH_TOO_SLOW |  | 2:太慢 | 1:7天才能发"),
                conversation("dispatch wait stated, no complaint", """
                        B 0 DISPATCH_TIME | 几天能发货
                        A 4 | 亲 现在订单比较多 要排单 大概一周后发货哦
                        B 9 ACK | 好的
                        """,
                        "DISPATCH_TOO_SLOW |  | 0 | 1:排单"),
                // --- replies and handoff -----------------------------------------------------------------
                conversation("no reply at all", """
                        B 0 GREETING | 在吗
                        B 5 STOCK | 这款还有货吗
                        """,
                        "NO_REPLY | STOCK | 0 | -"),
                conversation("the last question got no reply", """
                        B 0 SHIPPING_FEE | 包邮吗
                        R 1 | 亲 全国包邮哦(偏远地区除外)
                        B 20 DISPATCH_TIME | 几天能到西安呢
                        """,
                        "NO_REPLY | DISPATCH_TIME | 2 | -"),
                conversation("slow first reply", """
                        B 0 SIZE_FIT | 160 100斤穿多大
                        A 95 | 亲 S码就可以哦
                        """,
                        "SLOW_FIRST_REPLY | PT1M35S | 0 | 1"),
                conversation("negative: the bot answered at once, the human later", """
                        B 0 STOCK | 有货吗
                        R 2 | 亲 页面可以拍的颜色尺码都是有货的哦
                        B 20 HUMAN_AGENT | 人工
                        A 200 | 亲 您好 有什么可以帮您
                        B 210 ACK | 没事了 谢谢
                        """),
                conversation("human requested, only the bot answered", """
                        B 0 STOCK | 有货吗
                        R 1 | 亲 页面可以拍的颜色尺码都是有货的哦
                        B 10 HUMAN_AGENT | 人工客服
                        R 11 | 正在为您转接人工客服，请稍候~
                        B 60 GREETING | 在吗
                        """,
                        "HUMAN_REQUEST_UNANSWERED |  | 2 | -",
                        "NO_REPLY | GREETING | 4 | -"),
                conversation("slow reply, and the buyer complains about it", """
                        B 0 SPECS | 这个是纯棉的吗
                        A 60 | 亲 是纯棉的哦
                        B 70 LOGISTICS | 回复太慢了吧
                        A 75 | 抱歉亲 刚才咨询的人比较多
                        """,
                        "SLOW_FIRST_REPLY | PT1M | 0 | 1",
                        "HANDLING_COMPLAINT |  | 2:回复太慢 | 1"),
                conversation("the bot's answer beside the point", """
                        B 0 SPECS | 这个是纯棉的吗
                        R 1 | 亲 您可以查看商品详情哦
                        B 5 COMPLAINT | 问你是不是纯棉 答非所问
                        A 30 | 亲 是纯棉的哦
                        """,
                        "HANDLING_COMPLAINT |  | 2:答非所问 | 1"),
                // --- page, traffic, clean ----------------------------------------------------------------
                conversation("the page promised free shipping", """
                        B 0 SHIPPING_FEE,COURIER | 新疆包邮吗
                        A 4 | 亲 新疆偏远地区不包邮哦 需要补运费20元
                        B 9 SHIPPING_FEE | 页面上写的全国包邮啊
                        A 15 | 亲 偏远地区除外的哦 以实际为准
                        """,
                        "PAGE_MISMATCH |  | 2:页面上写 | 1"),
                conversation("only a greeting and thanks", """
                        B 0 GREETING | 你好
                        A 3 | 您好 亲 有什么可以帮您
                        B 8 ACK | 没事了 谢谢
                        """,
                        "NO_QUESTION |  | 0 | 1"),
                conversation("negative: a conversation that converts", """
                        B 0 GREETING | 在吗
                        A 3 | 在的亲
                        B 6 SIZE_FIT | 170 65kg 拍多大
                        A 9 | 建议拍XL哦
                        B 15 PROMOTION | 有优惠券吗
                        A 18 | 亲 店铺首页可以领5元券哦
                        B 30 ACK | 好的 拍了
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void findsTheEvidenceOfEachConversation(Case c) {
        List<Utterance> chat = ChatScript.parse(c.script());
        List<String> actual = new ArrayList<>();
        for (LossEvidence e : finder.find(chat, TEN_SECONDS)) {
            actual.add(e.signal() + " | " + e.detail() + " | " + quote(e.buyer()) + " | " + quote(e.reply()));
        }
        assertEquals(c.expected(), actual, c.script());
    }

    private static String quote(Quote q) {
        if (q == null) {
            return "-";
        }
        return q.start() == 0 && q.end() == q.text().length() ? String.valueOf(q.index()) : q.index() + ":" + q.span();
    }

    @Test
    void quotesCarryWhoSaidItAndWhen() {
        List<Utterance> chat = ChatScript.parse("""
                B 0 COURIER | 能发顺丰吗
                A 4 | 亲 顺丰发不了哦
                """);
        LossEvidence e = finder.find(chat, TEN_SECONDS).get(0);
        assertEquals(chat.get(1).at(), e.reply().at());
        assertEquals("a1", e.reply().agentId());
        assertEquals(chat.get(0).sender(), e.buyer().sender());
        assertEquals("", e.buyer().agentId());
        assertEquals(Team.LISTING, e.signal().team());
    }

    @Test
    void theThresholdDecidesWhatIsSlow() {
        List<Utterance> chat = ChatScript.parse("""
                B 0 STOCK | 有货吗
                A 8 | 有的亲
                """);
        assertEquals(List.of(), finder.find(chat, TEN_SECONDS));
        assertEquals(LossSignal.SLOW_FIRST_REPLY, finder.find(chat, Duration.ofSeconds(6)).get(0).signal());
        assertEquals(List.of(), finder.find(chat, Duration.ofSeconds(8)), "a reply at the threshold is in time");
        assertThrows(IllegalArgumentException.class, () -> finder.find(chat, Duration.ofSeconds(-1)));
    }

    @Test
    void anEmptyConversationHasNoEvidence() {
        assertEquals(List.of(), finder.find(List.of(), TEN_SECONDS));
    }

    @Test
    void everyTeamCanBeHandedSomething() {
        for (Team team : Team.values()) {
            assertEquals(true, Stream.of(LossSignal.values()).anyMatch(s -> s.team() == team), team.name());
        }
    }
}
