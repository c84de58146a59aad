package io.zhuanhua.metrics.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BonusTiersTest {
    private static final BonusTiers DOMAIN = BonusTiers.parse(BonusTiers.DOMAIN_EXAMPLE);

    /** Pay in yuan for ordering of inquiring buyers; empty below every tier. */
    private static Optional<Long> pay(BonusTiers tiers, long ordering, long inquiring) {
        return tiers.reached(ordering, inquiring).map(t -> t.amountMinor() / 100);
    }

    @Test
    void domainExample() {
        // DOMAIN.md: ≥60% → bonus 500, ≥55% → 400, ≥50% → 300, below 50% → 200 deducted.
        assertEquals(Optional.of(500L), pay(DOMAIN, 6, 10));
        assertEquals(Optional.of(500L), pay(DOMAIN, 9, 10));
        assertEquals(Optional.of(400L), pay(DOMAIN, 11, 20));
        assertEquals(Optional.of(400L), pay(DOMAIN, 59, 100));
        assertEquals(Optional.of(300L), pay(DOMAIN, 5, 10));
        assertEquals(Optional.of(300L), pay(DOMAIN, 109, 200));
        assertEquals(Optional.of(-200L), pay(DOMAIN, 49, 100));
        assertEquals(Optional.of(-200L), pay(DOMAIN, 0, 3));
    }

    @Test
    void thresholdsAreComparedExactly() {
        // 5999/10000 is 59.99%: not 60%, however a double would round it.
        assertEquals(Optional.of(400L), pay(DOMAIN, 5999, 10000));
        assertEquals(Optional.of(500L), pay(DOMAIN, 3, 5));
        assertEquals(Optional.of(300L), pay(DOMAIN, 1, 2));
        assertEquals(Optional.of(-200L), pay(DOMAIN, 4999999, 10000000));
    }

    @Test
    void tiersAreKeptHighestFirstWhateverTheirWrittenOrder() {
        BonusTiers tiers = BonusTiers.parse("50%=300,60%=500.50 , 55.5%=400");
        assertEquals(List.of(50050L, 40000L, 30000L), tiers.tiers().stream().map(BonusTier::amountMinor).toList());
        assertEquals(Optional.of(400L), pay(tiers, 111, 200));
        assertEquals(Optional.of(300L), pay(tiers, 110, 200));
        assertTrue(tiers.reached(49, 100).isEmpty(), "below every tier: neither bonus nor deduction");
    }

    @Test
    void badTiersAreRejectedNamingThem() {
        assertEquals("'60=500' is not a tier like 60%=500",
                assertThrows(IllegalArgumentException.class, () -> BonusTiers.parse("60=500")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BonusTiers.parse("120%=500"));
        assertThrows(IllegalArgumentException.class, () -> BonusTiers.parse("60%=500, 60.0%=400"));
        assertThrows(IllegalArgumentException.class, () -> BonusTiers.parse("60%=5.001"));
    }
}
