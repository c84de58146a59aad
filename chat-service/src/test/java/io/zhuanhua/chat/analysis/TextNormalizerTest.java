package io.zhuanhua.chat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.defaults();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＡＢＣ１２３ＸＬ？              | abc123xl
            SIZE XL                         | size xl
            這個包郵嗎                      | 这个包邮吗
            發貨時間                        | 发货时间
            有货吗？？！！                  | 有货吗
            有货吗 ～～ 今天能发吗。        | 有货吗今天能发吗
            可以 优惠价 么                  | 可以优惠价么
            175 140斤穿多大                 | 175 140斤穿多大
            175/140斤                       | 175 140斤
            1.5米的床                       | 1.5米的床
            528690173109这是大得嘛          | #id#这是大得嘛
            买3斤包邮吗                     | 买3斤包邮吗
            [订单x] 今天发吗                | #order#今天发吗
            [ORDERID_10086] 到哪了          | #order#到哪了
            [数字x]个                       | #num#个
            [金额x]能少点吗                 | #money#能少点吗
            [链接x]这个有吗                 | #link#这个有吗
            [图片]                          | #img#
            【图片】坏了                    | #img#坏了
            [表情][表情]                    | #emo##emo#
            [微笑]好的                      | #emo#好的
            [地址x]能到吗                   | #addr#能到吗
            [这个颜色还有吗]                | 这个颜色还有吗
            看这个https://item.taobao.com/item.htm?id=6 能便宜吗 | 看这个#link#能便宜吗
            好的👍😊                        | 好的好的
            👋                              | 你好
            😊😂🌹                          | ''
            """)
    void normalizes(String raw, String expected) {
        assertEquals(expected, normalizer.normalize(raw));
    }

    @Test
    void emptyAndNull() {
        assertEquals("", normalizer.normalize(null));
        assertEquals("", normalizer.normalize(""));
        assertEquals("", normalizer.normalize("  \t \u3000 "));
    }

    @Test
    void aBuyerCannotForgeAPlaceholderToken() {
        assertEquals("order", normalizer.normalize("#order#"));
    }
}
