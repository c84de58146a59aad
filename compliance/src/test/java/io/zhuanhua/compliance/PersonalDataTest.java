package io.zhuanhua.compliance;

import static io.zhuanhua.compliance.Check.evidences;
import static io.zhuanhua.compliance.Check.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {
    private static final ComplianceRules RULES = Check.RULES;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text | masked
            13800138000                                  | 138****8000
            电话：13800138000                              | 电话：138****8000
            +86 138-0013-8000                             | +86 138-****-8000
            8613800138000                                 | 86138****8000
            138 0013 8000                                 | 138 **** 8000
            1 3 8 0 0 1 3 8 0 0 0                         | 1 3 8 * * * * 8 0 0 0
            １３８００１３８０００                            | １３８****８０００
            幺三八零零幺三八零零零                            | 幺三八****八零零零
            手机13800138000 13900139000                    | 手机138****8000 139****9000
            尺码175 13800138000                            | 尺码175 138****8000
            座机0571-88888888                              | 座机0571-****8888
            (010)12345678                                 | (010)****5678
            身份证11010519491231002X                        | 身份证1101**********002X
            身份证 110105194912310021                       | 身份证 1101**********0021
            卡号6222 0212 3456 7890 128                     | 卡号6222 **** **** ***0 128
            4111111111111111                              | 4111********1111
            邮箱abc@163.com                                | 邮箱a**@163.com
            浙江省杭州市西湖区文三路123号                       | 浙江省杭州市西湖区*******
            浙江省杭州市西湖区文三路123号阳光小区5栋2单元301室      | 浙江省杭州市西湖区********************
            寄到上海市浦东新区张江镇祖冲之路2288弄3号             | 寄到上海市浦东新区张江镇***********
            北京市朝阳区建国路88号SOHO现代城5号楼1203室          | 北京市朝阳区*********************
            我住阳光小区3栋2单元301                           | 我住************
            河南省周口市某某县李家村3组15号                     | 河南省周口市某某县********
            南京东路一百号                                   | *******
            vx：abc12345                                  | vx：ab****45
            qq 123456789                                  | qq 12*****89
            # not personal data
            订单号1234567890123456789怎么还没发货              | 订单号1234567890123456789怎么还没发货
            528690173109这是大得嘛                           | 528690173109这是大得嘛
            175 140斤穿多大                                 | 175 140斤穿多大
            有问题打400-800-8888                            | 有问题打400-800-8888
            2023-11-11 13:30 下的单                         | 2023-11-11 13:30 下的单
            几号发货 3号能到吗 我在路上                        | 几号发货 3号能到吗 我在路上
            放1楼2楼都行                                     | 放1楼2楼都行
            浙江省杭州市西湖区文三路                           | 浙江省杭州市西湖区文三路
            价格¥139.00 满199减20                           | 价格¥139.00 满199减20
            """)
    void maskingTable(String text, String masked) {
        String out = RULES.mask(text);
        assertEquals(masked, out);
        assertEquals(text.length(), out.length(), "masking keeps the length");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # account | masked
            小明爱购物           | 小***物
            tb_13800138000     | tb**********00
            buyer-1            | bu***-1
            ab                 | a*
            x                  | x
            王😀😀李             | 王**李
            """)
    void accountMasking(String account, String masked) {
        assertEquals(masked, RULES.maskAccount(account));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text | personal data evidences (- none)
            身份证11010519491231002X 电话+86 138-0013-8000 邮箱abc@163.com | 11010519491231002X;+86 138-0013-8000;abc@163.com
            收货地址：北京市朝阳区建国路88号 电话010-12345678                 | 建国路88号;010-12345678
            加我vx：abc12345                                           | abc12345
            13800138000@163.com                                        | 13800138000@163.com
            订单号1234567890123456789                                    | -
            在吗 这个有货吗                                               | -
            """)
    void detection(String text, String flagged) {
        for (Speaker s : Speaker.values()) {
            List<Risk> risks = Check.detect(Platform.TAOBAO, s, text);
            assertEquals(expected(flagged), evidences(risks, RiskType.PERSONAL_DATA), s.toString());
        }
        assertEquals(expected(flagged), evidences(Check.spansValid(text, RULES.personalData(text)), RiskType.PERSONAL_DATA));
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String text = "亲，在的，有什么可以帮您？";
        assertSame(text, RULES.mask(text));
        assertEquals(null, RULES.mask(null));
        assertEquals("", RULES.mask(""));
    }

    @Test
    void bankCueAndOrderCueDecideLongRuns() {
        // a Luhn-valid 16-digit run is a card unless an order cue is near; a bank cue makes any run a card
        assertEquals("订单号4111111111111111", RULES.mask("订单号4111111111111111"));
        assertEquals("银行卡1234********3456", RULES.mask("银行卡1234567890123456"));
        assertEquals("1234567890123456", RULES.mask("1234567890123456"));
    }

    @Test
    void instruction() {
        Risk r = RULES.personalData("13800138000").get(0);
        assertEquals("含个人信息（手机号、地址、证件号等）：导出和日志中需脱敏，不要外传", r.instruction());
    }
}
