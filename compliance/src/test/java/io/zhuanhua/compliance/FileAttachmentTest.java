package io.zhuanhua.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileAttachmentTest {
    private static final ComplianceRules RULES = Check.RULES;

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind     | name                 | flagged
            FILE       | 批量订单.xlsx          | true
            FILE       | 说明.txt               | true
            FILE       | ''                   | true
            IMAGE      | IMG_0012.jpg         | false
            IMAGE      | 订单截图.jpg.exe        | true
            IMAGE      | 订单截图.JPG.EXE        | true
            IMAGE      | 截图.ｅｘｅ             | true
            VIDEO      | 开箱.mp4               | false
            VIDEO      | 开箱.mp4.scr           | true
            IMAGE      | 图片.zip               | true
            IMAGE      | 清单.pdf               | true
            IMAGE      | 清单.docx              | true
            ITEM_CARD  | 纯棉T恤                 | false
            ORDER_CARD | 订单 1234567890123456789 | false
            IMAGE      | 'photo.jpg '         | false
            IMAGE      | 'a.apk '             | true
            """)
    void buyerAttachments(Attachment.Kind kind, String name, boolean flagged) {
        Attachment a = Attachment.of(kind, name);
        List<Risk> risks = Check.spansValid("在吗", RULES.detect(Platform.TAOBAO, Speaker.BUYER, "在吗", List.of(a)));
        assertEquals(flagged, RULES.isRiskyAttachment(a));
        if (flagged) {
            assertEquals(1, risks.size());
            Risk r = risks.get(0);
            assertEquals(RiskType.FILE_ATTACHMENT, r.type());
            assertEquals(-1, r.start());
            assertEquals(-1, r.end());
            assertEquals(a.name(), r.evidence());
            assertEquals("不要接收或打开买家发来的文件，请买家直接加购物车下单", r.instruction());
        } else {
            assertTrue(risks.isEmpty(), risks.toString());
        }
    }

    @Test
    void rightToLeftOverrideIsAlwaysAFile() {
        // "订单\u202Egpj.exe" displays as "订单exe.jpg"
        assertTrue(RULES.isRiskyAttachment(Attachment.of(Attachment.Kind.IMAGE, "订单\u202Egpj.exe")));
        assertTrue(RULES.isRiskyAttachment(Attachment.of(Attachment.Kind.IMAGE, "订单\u202Egnp.doc")));
    }

    @Test
    void onlyBuyersFilesAreFlagged() {
        List<Attachment> files = List.of(Attachment.of(Attachment.Kind.FILE, "尺码表.xlsx"));
        for (Speaker s : new Speaker[] {Speaker.AGENT, Speaker.BOT, Speaker.SYSTEM}) {
            assertTrue(RULES.detect(Platform.JD, s, "尺码表发您了", files).isEmpty());
        }
    }

    @Test
    void attachmentsComeFirstAndTextRisksFollow() {
        String text = "这是我的批量订单 你看下 http://a-b.cc/x";
        List<Risk> risks = Check.spansValid(text, RULES.detect(Platform.TAOBAO, Speaker.BUYER, text,
                List.of(Attachment.of(Attachment.Kind.IMAGE, "a.png"), Attachment.of(Attachment.Kind.FILE, "订单.rar"))));
        assertEquals(2, risks.size());
        assertEquals(RiskType.FILE_ATTACHMENT, risks.get(0).type());
        assertEquals("订单.rar", risks.get(0).evidence());
        assertEquals(RiskType.PHISHING_LINK, risks.get(1).type());
    }

    @Test
    void nullNameAndNullListsAreTolerated() {
        assertEquals("", Attachment.of(Attachment.Kind.FILE, null).name());
        assertTrue(RULES.detect(Platform.TAOBAO, Speaker.BUYER, null, null).isEmpty());
        assertTrue(RULES.detect(Platform.TAOBAO, Speaker.BUYER, "", List.of()).isEmpty());
    }
}
