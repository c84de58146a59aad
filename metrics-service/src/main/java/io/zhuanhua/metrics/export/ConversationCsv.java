package io.zhuanhua.metrics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.zhuanhua.compliance.ComplianceRules;
import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;
import io.zhuanhua.metrics.inquiry.AgentWait;
import io.zhuanhua.metrics.inquiry.ConversationFacts;
import io.zhuanhua.metrics.lost.LostInquiry;

/**
 * Writes conversation rows as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * the local code page), RFC 4180 quoting, CRLF line ends. Personal data never leaves unmasked: buyers are
 * masked as account names, buyer quotes with the compliance rules. Response times are calendar time. A text cell that Excel would take for a
 * formula gets a leading apostrophe.
 */
public final class ConversationCsv {
    static final String HEADER = "conversation_id,buyer,day,agents,bot_replied,main_category,inquiry,ordered,paid,"
            + "human_first_response_s,mean_agent_turn_response_s,lost_reason,team,buyer_quote";
    /** A lost buyer without evidence: DOMAIN.md's "unknown" reason, and no team to act. */
    public static final String UNKNOWN = "UNKNOWN";
    private static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";

    private final ComplianceRules rules;

    public ConversationCsv(ComplianceRules rules) {
        this.rules = rules;
    }

    /** Writes the rows as they come: a long export streams instead of waiting for its last row. */
    public void write(Stream<ConversationRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        w.write(HEADER);
        w.write(EOL);
        for (Iterator<ConversationRow> it = rows.iterator(); it.hasNext();) {
            w.write(line(it.next()));
            w.write(EOL);
        }
        w.flush();
    }

    String line(ConversationRow row) {
        ConversationFacts facts = row.facts();
        LostInquiry lost = row.lost();
        // The deciding evidence's buyer words, if it has any.
        String quote = lost == null || lost.evidence().isEmpty() ? "" : lost.evidence().get(0).buyerQuote();
        return String.join(",",
                text(row.conversationId()),
                text(rules.maskAccount(row.buyerId())),
                row.day().toString(),
                text(String.join(";", row.agents())),
                String.valueOf(row.botReplied()),
                row.mainCategory() == null ? "" : row.mainCategory(),
                String.valueOf(row.inquiry()),
                flag(row.ordered()),
                flag(row.paid()),
                seconds(facts.firstHumanResponse().map(AgentWait::calendar).orElse(null)),
                seconds(meanWait(facts.agentTurns())),
                lost == null ? "" : lost.reason().map(LossSignal::name).orElse(UNKNOWN),
                lost == null ? "" : lost.team().map(Team::name).orElse(UNKNOWN),
                text(rules.mask(quote)));
    }

    private static Duration meanWait(List<AgentWait> waits) {
        return waits.isEmpty() ? null
                : waits.stream().map(AgentWait::calendar).reduce(Duration.ZERO, Duration::plus).dividedBy(waits.size());
    }

    /** A text cell: formula-looking text defused, quoted when it holds a comma, quote or line break. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static String flag(Boolean value) {
        return value == null ? "" : value.toString();
    }

    /** Seconds with millisecond precision and no trailing zeros; empty when there was no such wait. */
    private static String seconds(Duration d) {
        return d == null ? "" : BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
