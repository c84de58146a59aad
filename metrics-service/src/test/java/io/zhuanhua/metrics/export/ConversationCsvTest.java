package io.zhuanhua.metrics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.metrics.inquiry.AgentWait;
import io.zhuanhua.metrics.inquiry.ConversationFacts;
import io.zhuanhua.metrics.inquiry.LossEvidence;
import io.zhuanhua.metrics.lost.LostInquiry;
import io.zhuanhua.metrics.lost.Responder;

class ConversationCsvTest {
    private static final ConversationCsv CSV = new ConversationCsv(ComplianceRules.defaults());
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final ConversationFacts FACTS = new ConversationFacts("c-1", AT, List.of(), List.of(), List.of(),
            Optional.of(new AgentWait("alice", Duration.ofMillis(1500), Duration.ofMillis(1500))),
            List.of(new AgentWait("alice", Duration.ofSeconds(1), Duration.ZERO),
                    new AgentWait("bob,2", Duration.ofSeconds(2), Duration.ZERO)),
            Set.of());

    private static LostInquiry lost(LossEvidence... evidence) {
        return new LostInquiry("小明爱购物", DAY, AT, List.of(evidence), new Responder("alice", false),
                new TreeSet<>(List.of("alice")), List.of("c-1"));
    }

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
    void aLostInquiryShowsItsReasonTeamAndMaskedQuote() {
        ConversationRow row = new ConversationRow("c-1", "小明爱购物", DAY, List.of("alice", "bob,2"), false, "STOCK",
                true, false, false, FACTS, lost(new LossEvidence(LossSignal.OUT_OF_STOCK,
                        "有货吗, \"急\" 电话13800138000", "", "item-1", AT, "c-1")));
        assertEquals("c-1,小***物,2026-03-02,\"alice;bob,2\",false,STOCK,true,false,false,1.5,1.5,OUT_OF_STOCK,PRODUCT,"
                + "\"有货吗, \"\"急\"\" 电话138****8000\"", CSV.line(row));
    }

    @Test
    void aLostInquiryWithoutEvidenceHasTheUnknownReason() {
        ConversationRow row = new ConversationRow("c-1", "buyer", DAY, List.of(), true, null, true, false, false,
                ConversationFacts.none("c-1", AT), lost());
        assertEquals("c-1,b***r,2026-03-02,,true,,true,false,false,,,UNKNOWN,UNKNOWN,", CSV.line(row));
    }

    @Test
    void theFileStartsWithABomAndEndsLinesWithCrLf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSV.write(Stream.of(new ConversationRow("c-3", "b", DAY, List.of("张三"), false, "LOGISTICS", false, null, null,
                ConversationFacts.none("c-3", AT), null)), out);
        assertEquals("\uFEFF" + ConversationCsv.HEADER + "\r\nc-3,b,2026-03-02,张三,false,LOGISTICS,false,,,,,,,\r\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
