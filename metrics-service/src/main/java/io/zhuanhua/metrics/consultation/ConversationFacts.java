package io.zhuanhua.metrics.consultation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.InvalidProtocolBufferException;

import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.proto.common.v1.BuyerTurn;
import io.zhuanhua.proto.common.v1.LossEvidence;
import io.zhuanhua.proto.common.v1.ResponseWait;
import io.zhuanhua.proto.metrics.v1.Consultation;

/**
 * The analysis facts of one conversation that reports read beyond attribution, decoded from the snapshot
 * chat-service sent (stored as {@link ConsultationEntity#facts}). Waits are calendar time.
 *
 * @param humanFirstResponse null when no human replied
 * @param botFirstResponse   null when the bot did not reply
 * @param turnWaits          the wait of every answered buyer turn, in time order
 * @param unansweredTurns    buyer turns nobody answered (reported as a count, never as a time)
 * @param lossEvidence       why the buyer may have been lost, in the order chat-service found it
 */
public record ConversationFacts(Duration humanFirstResponse, Duration botFirstResponse, List<Duration> turnWaits,
        int unansweredTurns, List<Loss> lossEvidence) {

    public ConversationFacts {
        turnWaits = List.copyOf(turnWaits);
        lossEvidence = List.copyOf(lossEvidence);
    }

    /**
     * One piece of loss evidence.
     *
     * @param signal     the signal code without its proto prefix, e.g. "OUT_OF_STOCK"
     * @param buyerQuote the decisive buyer words, empty when none (unmasked: mask before it leaves in bulk)
     */
    public record Loss(String signal, String buyerQuote) {
    }

    private static final String SIGNAL_PREFIX = "LOSS_SIGNAL_";

    /** The facts of a stored snapshot; a tombstone or a row without facts has none. */
    public static ConversationFacts of(byte[] snapshot) {
        if (snapshot == null) {
            return new ConversationFacts(null, null, List.of(), 0, List.of());
        }
        Consultation c;
        try {
            c = Consultation.parseFrom(snapshot);
        } catch (InvalidProtocolBufferException e) {
            // Stored only after the feed parsed the very same bytes.
            throw new IllegalStateException("stored consultation facts do not parse", e);
        }
        List<Duration> waits = new ArrayList<>();
        int unanswered = 0;
        for (BuyerTurn turn : c.getTurnsList()) {
            if (turn.hasWait()) {
                waits.add(calendar(turn.getWait()));
            } else {
                unanswered++;
            }
        }
        List<Loss> losses = new ArrayList<>();
        for (LossEvidence evidence : c.getLossEvidenceList()) {
            String name = evidence.getSignal().name();
            losses.add(new Loss(name.startsWith(SIGNAL_PREFIX) ? name.substring(SIGNAL_PREFIX.length()) : name,
                    evidence.getBuyerQuote()));
        }
        return new ConversationFacts(c.hasHumanFirstResponse() ? calendar(c.getHumanFirstResponse()) : null,
                c.hasBotFirstResponse() ? calendar(c.getBotFirstResponse()) : null, waits, unanswered, losses);
    }

    private static Duration calendar(ResponseWait wait) {
        return ProtoTime.duration(wait.getCalendar());
    }

    /** The mean wait over the answered turns; null when none was answered. */
    public Duration meanTurnWait() {
        return turnWaits.isEmpty() ? null
                : turnWaits.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(turnWaits.size());
    }
}
