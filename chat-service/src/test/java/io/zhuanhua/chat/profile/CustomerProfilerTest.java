package io.zhuanhua.chat.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.kit.taxonomy.Category;

class CustomerProfilerTest {

    private static final CustomerProfiler PROFILER = CustomerProfiler.defaults();

    private static Utterance buyer(String text, CategoryScore... categories) {
        return new Utterance(Sender.BUYER, "", Instant.EPOCH, text, List.of(categories), false);
    }

    private static Utterance agent(String text) {
        return new Utterance(Sender.AGENT, "a1", Instant.EPOCH, text, List.of(), false);
    }

    private static CustomerProfile profile(Utterance... lines) {
        return PROFILER.profile(List.of(lines), OrderHistory.UNKNOWN);
    }

    @Test
    void evidenceNamesTheLineItCameFromInTheGivenList() {
        CustomerProfile profile = profile(buyer("在吗"), agent("亲 在的哦 急用的话今天能发"), buyer("急用 明天能到吗"));
        DimensionReading urgency = profile.reading(Dimension.URGENCY);
        assertEquals(Pole.URGENT, urgency.pole());
        assertTrue(urgency.evidence().stream().allMatch(e -> e.messageIndex() == 2 && e.line().equals("急用 明天能到吗")));
        assertEquals(List.of("急用", "明天能到"), urgency.evidence().stream().map(Evidence::matched).toList());
        assertEquals("lit:急用", urgency.evidence().get(0).cue());
    }

    @Test
    void categoriesDecideWhenTheWordsSayNothing() {
        CustomerProfile profile = profile(buyer("这个这个", new CategoryScore(Category.BARGAIN, 0.9)));
        DimensionReading price = profile.reading(Dimension.PRICE);
        assertEquals(Pole.PRICE_SENSITIVE, price.pole());
        assertEquals(0.63, price.confidence(), 1e-9);
        assertEquals("cat:BARGAIN", price.evidence().get(0).cue());
    }

    @Test
    void negatedWordsOverruleTheCategory() {
        CustomerProfile profile = profile(buyer("不是送人的", new CategoryScore(Category.GIFT, 0.95)));
        DimensionReading purpose = profile.reading(Dimension.PURPOSE);
        assertEquals(Pole.SELF_USE, purpose.pole());
        assertTrue(purpose.evidence().stream().noneMatch(e -> e.pole() == Pole.GIFT), purpose.evidence().toString());
        assertEquals("lit:送人 negated by 不, flipped", purpose.evidence().get(0).cue());
    }

    @Test
    void aDroppedNegationAlsoSilencesTheCategory() {
        // 不看质量: the negated 质量 is no evidence, and the QUALITY category must not bring it back
        DimensionReading quality = profile(buyer("不看质量", new CategoryScore(Category.QUALITY, 0.9)))
                .reading(Dimension.QUALITY_DEMAND);
        assertEquals(Pole.UNKNOWN, quality.pole());
        assertTrue(quality.evidence().isEmpty(), quality.evidence().toString());
        assertEquals(Pole.UNKNOWN, profile(buyer("没买过")).pole(Dimension.TRUST), "没买过 is not 买过");
    }

    @Test
    void historyMakesAReturningBuyer() {
        CustomerProfile profile = PROFILER.profile(List.of(buyer("在吗")), OrderHistory.of(2, LocalDate.parse("2024-01-10")));
        assertEquals(BuyerStatus.RETURNING, profile.status());
        assertTrue(profile.returning());
        assertFalse(profile.firstTimeBuyer());
        DimensionReading trust = profile.reading(Dimension.TRUST);
        assertEquals(Pole.RETURNING, trust.pole());
        Evidence fact = trust.evidence().get(0);
        assertTrue(fact.fromHistory());
        assertEquals("买过2单，首单2024-01-10", fact.line());
        assertEquals("买过2单", trust.summary());
        assertEquals(1 - 0.3 * 0.3, trust.confidence(), 1e-9);
        assertEquals("recommend new arrivals", trust.strategy());
    }

    @Test
    void aVoicedDoubtOutranksHistory() {
        CustomerProfile profile = PROFILER.profile(List.of(buyer("这次是正品吗")), OrderHistory.of(5, null));
        DimensionReading trust = profile.reading(Dimension.TRUST);
        assertEquals(Pole.DOUBTFUL, trust.pole());
        assertEquals(0.7, trust.confidence(), 1e-9);
        assertEquals(List.of(Pole.RETURNING, Pole.DOUBTFUL), trust.evidence().stream().map(Evidence::pole).toList());
        assertEquals("guarantees, proof", trust.strategy());
        assertTrue(profile.returning(), "the buyer status still says returning");
    }

    @Test
    void withoutHistoryTheStatusIsUnknownAndAKnownEmptyHistoryIsFirstTime() {
        CustomerProfile unknown = profile(buyer("在吗"));
        assertEquals(BuyerStatus.UNKNOWN, unknown.status());
        assertFalse(unknown.returning());
        assertFalse(unknown.firstTimeBuyer());
        CustomerProfile first = PROFILER.profile(List.of(buyer("在吗")), OrderHistory.NONE);
        assertTrue(first.firstTimeBuyer());
        assertEquals(Pole.UNKNOWN, first.pole(Dimension.TRUST), "a first-time buyer is not doubtful without a doubt");
    }

    @Test
    void unknownReadingsHaveNoConfidenceAndNoStrategy() {
        CustomerProfile profile = profile(buyer("哪个好"));
        for (DimensionReading reading : profile.readings()) {
            assertEquals(Pole.UNKNOWN, reading.pole(), reading.dimension().name());
            assertEquals(0, reading.confidence());
            assertEquals("", reading.strategy());
            assertEquals("", reading.summary());
        }
        assertEquals(List.of(), profile.strategies());
        assertEquals(1, profile.reading(Dimension.DECISION).evidence().size(), "the weak cue is still shown");
    }

    @Test
    void decidedPolesCarryTheirDomainStrategyInDimensionOrder() {
        CustomerProfile profile = profile(buyer("送女朋友的 急用"), buyer("能便宜点吗"));
        assertEquals(List.of("promotions, bundles", "close fast", "packaging, gift-suited items"), profile.strategies());
        assertEquals("close fast", profile.reading(Dimension.URGENCY).strategy());
    }

    @Test
    void selfUseHasNoStrategyInDomain() {
        DimensionReading purpose = profile(buyer("自己用的")).reading(Dimension.PURPOSE);
        assertEquals(Pole.SELF_USE, purpose.pole());
        assertEquals("", purpose.strategy());
    }

    @Test
    void conflictingEvidenceIsUnknown() {
        DimensionReading purpose = profile(buyer("送人的"), buyer("自己用的")).reading(Dimension.PURPOSE);
        assertEquals(Pole.UNKNOWN, purpose.pole());
        assertEquals(2, purpose.evidence().size());
    }

    @Test
    void theSamePhraseTwiceInALineCountsOnce() {
        DimensionReading once = profile(buyer("便宜点 便宜点 便宜点")).reading(Dimension.PRICE);
        assertEquals(1, once.evidence().size());
        assertEquals(0.8, once.confidence(), 1e-9);
    }

    @Test
    void overlappingCuesOfAPoleAreOnePiece() {
        DimensionReading price = profile(buyer("有优惠券吗")).reading(Dimension.PRICE);
        assertEquals(1, price.evidence().size(), price.evidence().toString());
        assertEquals(0.6, price.confidence(), 1e-9);
    }

    @Test
    void aPlatformPlaceholderStaysWholeAcrossPunctuation() {
        DimensionReading clarity = profile(buyer("[商品: 保温杯] 这个"), buyer("[商品：保温杯]")).reading(Dimension.NEED_CLARITY);
        assertEquals(Pole.CLEAR, clarity.pole());
        assertEquals("#item#×2", clarity.summary());
    }

    @Test
    void clausesCutAtPunctuationAndSpaceButNotInsideBrackets() {
        assertEquals(List.of("不", "送人的"), CustomerProfiler.clauses("不，送人的"));
        assertEquals(List.of("[订单: 123]", "到哪了"), CustomerProfiler.clauses("[订单: 123] 到哪了?"));
        assertEquals(List.of(), CustomerProfiler.clauses(" ，。"));
    }

    @Test
    void confidencesStayInRange() {
        List<Utterance> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(buyer("急用 送女朋友 能便宜点吗 正品吗 哪个好 要L码 质量怎么样", new CategoryScore(Category.BARGAIN, 1.0)));
        }
        CustomerProfile profile = PROFILER.profile(lines, OrderHistory.of(500, null));
        for (DimensionReading reading : profile.readings()) {
            assertTrue(reading.confidence() >= 0 && reading.confidence() <= 1, reading.toString());
            reading.evidence().forEach(e -> assertTrue(e.weight() > 0 && e.weight() <= 1));
        }
    }

    @Test
    void emptyAndBlankConversationsAreAllUnknown() {
        for (CustomerProfile profile : List.of(profile(), profile(buyer("")), profile(buyer("   [微笑]")))) {
            assertTrue(profile.readings().stream().noneMatch(DimensionReading::decided));
        }
    }

    @Test
    void theBundledCuesAreReadOnce() {
        assertSame(CustomerProfiler.defaults(), CustomerProfiler.defaults());
    }

    @Test
    void aShopFileExtendsAndRemovesCues() {
        String shop = "URGENT\tlit\t急\t0\nGIFT\tlit\t伴手礼\t0.8\tflip\n";
        CustomerProfiler profiler = CustomerProfiler.fromCues(CustomerProfiler.defaultCues(), new StringReader(shop));
        CustomerProfile profile = profiler.profile(List.of(buyer("特别急 带伴手礼")), OrderHistory.UNKNOWN);
        assertEquals(Pole.UNKNOWN, profile.pole(Dimension.URGENCY));
        assertEquals(Pole.GIFT, profile.pole(Dimension.PURPOSE));
        assertEquals(Pole.URGENT, PROFILER.profile(List.of(buyer("特别急")), OrderHistory.UNKNOWN).pole(Dimension.URGENCY));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FAST\tlit\t急\t0.5",
            "URGENT\tword\t急\t0.5",
            "URGENT\tlit\t急\t1.5",
            "URGENT\tlit\t急\tmuch",
            "URGENT\tlit\t急\t0.5\tmaybe",
            "URGENT\tlit\t\t0.5",
            "URGENT\tre\t(急\t0.5",
            "URGENT\tseq\t急~\t0.5",
            "URGENT\tcat\tHURRY\t0.5",
            "URGENT\thistory\torders\t0.5",
            "UNKNOWN\tlit\t急\t0.5",
            "URGENT\tsyn\t急急\t急",
            "*\tparam\tthreshold\t0.5",
            "*\tparam\tdecide\t0.2",
            "*\tprefer\tMAYBE",
            "*\tnegator",
    })
    void badCueLinesAreRefusedWithTheirLineNumber(String line) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CustomerProfiler.fromCues(new StringReader("# a shop file\n" + line + "\n")));
        assertTrue(e.getMessage().contains("line 2") || e.getMessage().contains("decide"), e.getMessage());
    }

    @Test
    void profilingIsDeterministicAndThreadSafe() throws Exception {
        List<Utterance> conversation = List.of(buyer("528690173109这个 要L码"), buyer("不急 送女朋友的"),
                buyer("能便宜点吗 正品吗"), buyer("哪个好"), buyer("哪个好呢"));
        CustomerProfile expected = PROFILER.profile(conversation, OrderHistory.of(1, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CustomerProfile>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> PROFILER.profile(conversation, OrderHistory.of(1, null))));
            }
            for (Future<CustomerProfile> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyDimensionHasTwoPolesThatPointBack() {
        for (Dimension dimension : Dimension.values()) {
            List<Pole> poles = dimension.poles();
            assertEquals(2, poles.size());
            for (Pole pole : poles) {
                assertEquals(dimension, pole.dimension());
                assertEquals(pole, pole.opposite().opposite());
                assertTrue(poles.contains(pole.opposite()) && pole.opposite() != pole);
            }
        }
        assertEquals(Pole.UNKNOWN, Pole.UNKNOWN.opposite());
        assertEquals(Pole.values().length - 1, Dimension.values().length * 2);
    }

    @Test
    void orderHistoryRefusesImpossibleFacts() {
        assertThrows(IllegalArgumentException.class, () -> OrderHistory.of(-1, null));
        assertThrows(IllegalArgumentException.class, () -> OrderHistory.of(0, LocalDate.parse("2024-01-01")));
        assertThrows(IllegalArgumentException.class, () -> new OrderHistory(false, 2, null));
    }

    @Test
    void readingsRefuseAPoleOfAnotherDimension() {
        assertThrows(IllegalArgumentException.class,
                () -> new DimensionReading(Dimension.PRICE, Pole.GIFT, 0.9, List.of(), ""));
        assertThrows(IllegalArgumentException.class,
                () -> new DimensionReading(Dimension.PRICE, Pole.UNKNOWN, 0.3, List.of(), ""));
    }
}
