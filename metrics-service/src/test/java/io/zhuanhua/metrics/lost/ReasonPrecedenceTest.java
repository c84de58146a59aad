package io.zhuanhua.metrics.lost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.metrics.inquiry.LossEvidence;

class ReasonPrecedenceTest {
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    private static LossEvidence evidence(LossSignal signal, int minute, String conversationId) {
        return new LossEvidence(signal, "买家的话", "", "", T0.plusSeconds(60L * minute), conversationId);
    }

    @Test
    void everySignalHasExactlyOnePlace() {
        assertEquals(LossSignal.values().length, ReasonPrecedence.ORDER.size());
        assertEquals(EnumSet.allOf(LossSignal.class), EnumSet.copyOf(ReasonPrecedence.ORDER));
    }

    @Test
    void aBlockedSaleOutranksBadServiceWhichOutranksObjectionsDoubtsAndHints() {
        List<LossEvidence> found = List.of(evidence(LossSignal.SLOW_FIRST_REPLY, 0, "c1"),
                evidence(LossSignal.QUALITY_DOUBT, 1, "c1"), evidence(LossSignal.BARGAIN_REFUSED, 2, "c1"),
                evidence(LossSignal.NO_REPLY, 3, "c1"), evidence(LossSignal.COURIER_NOT_OFFERED, 4, "c2"),
                evidence(LossSignal.NO_QUESTION, 5, "c2"));
        assertEquals(List.of(LossSignal.COURIER_NOT_OFFERED, LossSignal.NO_REPLY, LossSignal.BARGAIN_REFUSED,
                LossSignal.QUALITY_DOUBT, LossSignal.SLOW_FIRST_REPLY, LossSignal.NO_QUESTION),
                ReasonPrecedence.sort(found).stream().map(LossEvidence::signal).toList());
        assertEquals(LossSignal.OUT_OF_STOCK, ReasonPrecedence.sort(List.of(evidence(LossSignal.COURIER_NOT_OFFERED, 0, "c1"),
                evidence(LossSignal.OUT_OF_STOCK, 9, "c1"))).get(0).signal());
    }

    @Test
    void theSameSignalTwiceIsDecidedByTheEarlierThenByConversationWhateverTheLoadOrder() {
        LossEvidence late = evidence(LossSignal.OUT_OF_STOCK, 30, "c1");
        LossEvidence early = evidence(LossSignal.OUT_OF_STOCK, 10, "c2");
        LossEvidence untimed = new LossEvidence(LossSignal.OUT_OF_STOCK, "", "没货了", "", null, "c0");
        assertEquals(List.of(early, late, untimed), ReasonPrecedence.sort(List.of(untimed, late, early)));
        assertEquals(List.of(early, late, untimed), ReasonPrecedence.sort(List.of(late, untimed, early)));
        LossEvidence sameTimeOther = evidence(LossSignal.OUT_OF_STOCK, 10, "c1");
        assertEquals(sameTimeOther, ReasonPrecedence.sort(List.of(early, sameTimeOther)).get(0));
    }

    @Test
    void theKitSignalsAreTheProtoSignalsNumberForNumber() {
        for (LossSignal signal : LossSignal.values()) {
            assertEquals("LOSS_SIGNAL_" + signal.name(),
                    io.zhuanhua.proto.common.v1.LossSignal.forNumber(signal.number()).name());
            assertEquals(signal, LossSignal.ofNumber(signal.number()).orElseThrow());
        }
        assertEquals(LossSignal.values().length + 2, // UNSPECIFIED and UNRECOGNIZED
                Arrays.stream(io.zhuanhua.proto.common.v1.LossSignal.values()).count());
    }
}
