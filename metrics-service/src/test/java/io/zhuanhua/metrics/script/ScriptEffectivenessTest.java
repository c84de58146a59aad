package io.zhuanhua.metrics.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.metrics.inquiry.Day;

class ScriptEffectivenessTest {

    @Test
    void aScriptConvertsTheInquiriesInWhichItWasSentCountedOncePerBuyerDay() {
        Day d = new Day();
        d.inquiry("c1", "b1", "09:00").agent("alice", "09:01", "s-size").agent("alice", "09:02", "s-size");
        d.inquiry("c2", "b1", "14:00").agent("alice", "14:01", "s-size");
        d.inquiry("c3", "b2", "10:00").agent("bob", "10:01", "s-size").agent("bob", "10:02", "s-coupon");
        d.inquiry("c4", "b3", "11:00").agent("bob", "11:01", "s-coupon");
        d.paidOrder("b1", "15:00", 9900).order("b3", "12:00");

        List<ScriptEffectiveness> all = ScriptEffectiveness.of(d.outcomes(), Set.of());
        assertEquals(List.of(new ScriptEffectiveness("s-coupon", 2, 1, 0), new ScriptEffectiveness("s-size", 2, 1, 1)),
                all);
        assertEquals(0.5, all.get(0).consultationConversion());
        assertEquals(List.of(new ScriptEffectiveness("s-size", 2, 1, 1)),
                ScriptEffectiveness.of(d.outcomes(), Set.of("s-size", "s-unknown")));
    }
}
