package io.zhuanhua.metrics.lost;

import static io.zhuanhua.kit.taxonomy.LossSignal.AUTHENTICITY_DOUBT;
import static io.zhuanhua.kit.taxonomy.LossSignal.BARGAIN_REFUSED;
import static io.zhuanhua.kit.taxonomy.LossSignal.COURIER_NOT_OFFERED;
import static io.zhuanhua.kit.taxonomy.LossSignal.DISPATCH_TOO_SLOW;
import static io.zhuanhua.kit.taxonomy.LossSignal.HANDLING_COMPLAINT;
import static io.zhuanhua.kit.taxonomy.LossSignal.HUMAN_REQUEST_UNANSWERED;
import static io.zhuanhua.kit.taxonomy.LossSignal.NO_QUESTION;
import static io.zhuanhua.kit.taxonomy.LossSignal.NO_REPLY;
import static io.zhuanhua.kit.taxonomy.LossSignal.OUT_OF_STOCK;
import static io.zhuanhua.kit.taxonomy.LossSignal.PAGE_MISMATCH;
import static io.zhuanhua.kit.taxonomy.LossSignal.QUALITY_DOUBT;
import static io.zhuanhua.kit.taxonomy.LossSignal.SHIPPING_FEE_OBJECTION;
import static io.zhuanhua.kit.taxonomy.LossSignal.SIZE_DOUBT_UNRESOLVED;
import static io.zhuanhua.kit.taxonomy.LossSignal.SLOW_FIRST_REPLY;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.metrics.inquiry.LossEvidence;

/**
 * Which of a lost buyer's signals is the reason. An inquiry's conversations may show several (a slow first
 * reply, then a refused bargain); the first in this order decides:
 * <ol>
 *   <li>what made the sale impossible: {@code OUT_OF_STOCK}, {@code COURIER_NOT_OFFERED};</li>
 *   <li>service the buyer experienced as a failure: {@code NO_REPLY}, {@code HUMAN_REQUEST_UNANSWERED},
 *       {@code HANDLING_COMPLAINT};</li>
 *   <li>terms the buyer objected to, most concrete first: {@code PAGE_MISMATCH}, {@code DISPATCH_TOO_SLOW},
 *       {@code BARGAIN_REFUSED}, {@code SHIPPING_FEE_OBJECTION}, {@code SIZE_DOUBT_UNRESOLVED};</li>
 *   <li>doubts: {@code QUALITY_DOUBT}, {@code AUTHENTICITY_DOUBT};</li>
 *   <li>weak hints, where the buyer still got an answer or never asked: {@code SLOW_FIRST_REPLY},
 *       {@code NO_QUESTION}.</li>
 * </ol>
 * Between two pieces of evidence of one signal the earlier decides (then the conversation id, so the
 * outcome never depends on load order). No evidence: the reason is unknown.
 */
public final class ReasonPrecedence {
    /** Every signal once, the most decisive first. */
    public static final List<LossSignal> ORDER = List.of(OUT_OF_STOCK, COURIER_NOT_OFFERED, NO_REPLY,
            HUMAN_REQUEST_UNANSWERED, HANDLING_COMPLAINT, PAGE_MISMATCH, DISPATCH_TOO_SLOW, BARGAIN_REFUSED,
            SHIPPING_FEE_OBJECTION, SIZE_DOUBT_UNRESOLVED, QUALITY_DOUBT, AUTHENTICITY_DOUBT, SLOW_FIRST_REPLY,
            NO_QUESTION);

    private static final Map<LossSignal, Integer> RANK = new EnumMap<>(LossSignal.class);

    static {
        for (int i = 0; i < ORDER.size(); i++) {
            RANK.put(ORDER.get(i), i);
        }
    }

    /** Evidence without a time sorts after timed evidence of its signal. */
    private static final Comparator<LossEvidence> PRECEDENCE = Comparator
            .comparing((LossEvidence e) -> RANK.get(e.signal()))
            .thenComparing(LossEvidence::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(LossEvidence::conversationId);

    private ReasonPrecedence() {
    }

    /** The evidence in precedence order: the first decides the reason. */
    public static List<LossEvidence> sort(Collection<LossEvidence> evidence) {
        return evidence.stream().sorted(PRECEDENCE).toList();
    }
}
