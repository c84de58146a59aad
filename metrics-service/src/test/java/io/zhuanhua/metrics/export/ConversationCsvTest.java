package io.zhuanhua.metrics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.metrics.consultation.ConversationFacts;
import io.zhuanhua.metrics.consultation.ConversationFacts.Loss;

class ConversationCsvTest {
    private static final ConversationCsv CSV = new ConversationCsv(ComplianceRules.defaults());
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final ConversationFacts LOST_FACTS = new ConversationFacts(Duration.ofMillis(1500), null,
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), 2,
            List.of(new Loss("SLOW_FIRST_REPLY", ""), new Loss("OUT_OF_STOCK", "有货吗, \"急\" 电话13800138000"),
                    new Loss("OUT_OF_STOCK", "")));

    @Test
    void cellsAreQuotedAndDefused() {
        String[][] cases = {
            {"plain", "plain"},
            {"中文 逗号，全角", "中文 逗号，全角"},
            {"a,b", "\"a,b\""},
            {"say \"hi\"", "\"say \"\"hi\"\"\""},
            {"two\nlines", "\"two\nlines\""},
            {"=SUM(A1)", "'=SUM(A1)"},
            {"+86 138", "'+86 138"},
            {"-1,5", "\"'-1,5\""},
            {"@home", "'@home"},
            {"", ""},
        };
        for (String[] c : cases) {
            assertEquals(c[1], ConversationCsv.text(c[0]), c[0]);
        }
    }

    @Test
    void aLostInquiryShowsItsEvidenceMasked() {
        ConversationRow row = new ConversationRow("c-1", "小明爱购物", DAY, List.of("alice", "bob,2"), false, "STOCK",
                true, false, false, LOST_FACTS);
        assertEquals("c-1,小***物,2026-03-02,\"alice;bob,2\",false,STOCK,true,false,false,1.5,,1.5,2,"
                + "SLOW_FIRST_REPLY;OUT_OF_STOCK,\"有货吗, \"\"急\"\" 电话138****8000\"", CSV.line(row));
    }

    @Test
    void anOrderingBuyerShowsNoLossEvidence() {
        ConversationRow row = new ConversationRow("c-2", "buyer", DAY, List.of(), true, null, true, true, true,
                LOST_FACTS);
        assertEquals("c-2,b***r,2026-03-02,,true,,true,true,true,1.5,,1.5,2,,", CSV.line(row));
    }

    @Test
    void theFileStartsWithABomAndEndsLinesWithCrLf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSV.write(List.of(new ConversationRow("c-3", "b", DAY, List.of("张三"), false, "LOGISTICS", false, null, null,
                ConversationFacts.of(null))), out);
        assertEquals("\uFEFF" + ConversationCsv.HEADER + "\r\nc-3,b,2026-03-02,张三,false,LOGISTICS,false,,,,,,0,,\r\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
