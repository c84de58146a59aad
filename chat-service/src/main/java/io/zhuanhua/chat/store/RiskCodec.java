package io.zhuanhua.chat.store;

import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.compliance.Risk;
import io.zhuanhua.compliance.RiskType;

/**
 * Stores a message's risks in one column, a line each: "TYPE\tstart\tend\tevidence". Instructions are
 * not stored: they follow the current rules when read.
 */
final class RiskCodec {
    private RiskCodec() {
    }

    static String encode(List<Risk> risks) {
        StringBuilder out = new StringBuilder();
        for (Risk r : risks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(r.type().name()).append('\t').append(r.start()).append('\t').append(r.end()).append('\t')
                    .append(r.evidence().replaceAll("[\\t\\n\\r\\x00]", " "));
        }
        return out.toString();
    }

    /** The risks with an empty instruction. */
    static List<Risk> decode(String stored) {
        List<Risk> risks = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return risks;
        }
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", 4);
            risks.add(new Risk(RiskType.valueOf(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], ""));
        }
        return risks;
    }
}
