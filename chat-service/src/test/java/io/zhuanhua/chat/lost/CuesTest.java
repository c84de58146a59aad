package io.zhuanhua.chat.lost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.zhuanhua.chat.lost.Cues.Group;
import io.zhuanhua.chat.lost.Cues.Hit;
import io.zhuanhua.chat.lost.Cues.Section;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.kit.taxonomy.LossSignal;

class CuesTest {

    private static Cues cues(String file) {
        return Cues.read(new StringReader(file), "test");
    }

    private static List<String> found(Cues cues, Group group, String line) {
        CueHits hits = cues.scan(FoldedLine.of(line));
        return hits.of(group).stream().map(h -> h.section().key + "=" + line.substring(h.rawStart(), h.rawEnd())).toList();
    }

    @Test
    void aLongerCueOfTheGroupHidesTheOnesInsideIt() {
        Cues c = cues("""
                # header
                courier.refuse\t不可以发
                courier.offer\t可以发
                stock.out\t没货
                stock.not\t快没货
                """);
        assertEquals(List.of("courier.refuse=不可以发"), found(c, Group.COURIER, "不可以发哦"));
        assertEquals(List.of("courier.offer=可以发"), found(c, Group.COURIER, "可以发"));
        assertEquals(List.of(), found(c, Group.STOCK, "快没货了 抓紧"));
        assertEquals(List.of("stock.out=沒貨"), found(c, Group.STOCK, "白色，沒貨了"));
    }

    @Test
    void latinCuesAreWords() {
        Cues c = cues("carrier.name\tsf\t顺丰\n");
        assertEquals(List.of("carrier.name=SF"), found(c, Group.CARRIER, "发SF吗"));
        assertEquals(List.of(), found(c, Group.CARRIER, "sfx"));
    }

    @Test
    void regexGroupOneIsTheSpanAndTheValue() {
        Cues c = cues("item.id\tre:id(\\d{9,13})\n");
        FoldedLine line = FoldedLine.of("item.htm?id=528690173109");
        Hit hit = c.scan(line).of(Group.ITEM).get(0);
        assertEquals("528690173109", hit.value());
        assertEquals(Section.ITEM_ID, hit.section());
    }

    @Test
    void triggersAreCategoriesPerSignal() {
        Cues c = cues("trigger\tBARGAIN_REFUSED\tBARGAIN\ntrigger\tBARGAIN_REFUSED\tPRICE_COMPARE\n");
        assertTrue(c.triggers(LossSignal.BARGAIN_REFUSED, List.of(Category.GREETING, Category.PRICE_COMPARE)));
        assertEquals(false, c.triggers(LossSignal.BARGAIN_REFUSED, List.of(Category.PRICE)));
        assertEquals(false, c.triggers(LossSignal.QUALITY_DOUBT, List.of(Category.QUALITY)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "stock.gone\t没货; unknown section 'stock.gone'",
            "stock.out\t没貨; literal not in folded form",
            "carrier.name\tEMS\tEMS; literal not in folded form",
            "carrier.name\tems; needs its canonical name",
            "stock.out\tre:([; bad regex",
            "trigger\tSOLD_OUT\tSTOCK; unknown signal 'SOLD_OUT'",
            "trigger\tOUT_OF_STOCK\tINVENTORY; unknown category 'INVENTORY'",
            "stock.out; expected section, pattern"})
    void aBadLineIsNamed(String line, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cues("# ok\n" + line.replace("\\t", "\t") + "\n"));
        assertTrue(e.getMessage().startsWith("test line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static Cues bundled() throws IOException {
        try (Reader in = new InputStreamReader(CuesTest.class.getResourceAsStream(LossEvidenceFinder.DEFAULT_CUES),
                StandardCharsets.UTF_8)) {
            return Cues.read(in, LossEvidenceFinder.DEFAULT_CUES);
        }
    }

    @Test
    void everyBundledCueIsValidAndInFoldedForm() throws IOException {
        assertTrue(bundled().triggers(LossSignal.COURIER_NOT_OFFERED, List.of(Category.COURIER)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "528690173109这是大得嘛; 528690173109",
            "https://detail.tmall.com/item.htm?id=612345678901&skuId=1; 612345678901",
            "手机13812345678 有货吗; ''",
            "订单号3456789012345678901; ''"})
    void itemIdsButNoPhoneOrOrderNumbers(String line, String id) throws IOException {
        List<Hit> hits = bundled().scan(FoldedLine.of(line)).of(Group.ITEM);
        assertEquals(id, hits.isEmpty() ? "" : hits.get(0).value());
    }

    @Test
    void foldingKeepsTheOffsetsAndMarksClauses() {
        FoldedLine line = FoldedLine.of("親，Ｌ碼 沒貨了👌");
        assertEquals("亲l码没货了好的", line.text());
        assertEquals(0, line.clause(0));
        assertEquals(1, line.clause(1));
        assertEquals(2, line.clause(3));
        assertEquals("沒貨", line.raw().substring(line.rawStart(3), line.rawEnd(5)));
        assertEquals("👌", line.raw().substring(line.rawStart(6), line.rawEnd(8)));
    }
}
