package io.zhuanhua.scripts.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeAdvisorTest {

    /**
     * A typical Taobao men's T-shirt chart (号型 165/88A M ... 185/104A 3XL, weights usually printed in 斤:
     * M 100-115斤, L 115-130斤, XL 130-145斤, XXL 145-160斤, 3XL 160-180斤). Boundaries are shared.
     */
    static final String MENS = "M 160-165 50-57.5; L 165-170 57.5-65; XL 170-175 65-72.5; "
            + "XXL 175-180 72.5-80; 3XL 180-185 80-90";

    /** A women's chart with gaps between rows (weights in kg). */
    static final String WOMENS = "S 150-155 40-45; M 156-160 46-50; L 161-165 51-55; XL 166-170 56-60";

    @Test
    void buyerOf175And140JinGetsXlOnTheMensChart() {
        SizeAdvice advice = SizeAdvisor.advise(SizeChart.parse(MENS + " | rule=LARGER"), "175 140斤穿多大");
        assertEquals(Optional.of("XL"), advice.size());
        assertEquals(SizeAdvice.Status.FITS, advice.status());
        assertFalse(advice.inBetween());
        assertEquals("身高175cm 体重70kg（140斤），按尺码表建议XL", advice.reason());
    }

    /** chart | rule | height (empty: none) | weight kg | size (empty: none) | status | deciding rule. */
    @ParameterizedTest(name = "[{index}] {0} {1} {2}cm {3}kg -> {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            MENS|LARGER|162|55|M|FITS|
            MENS|LARGER|175|70|XL|FITS|
            MENS|SMALLER|175|70|XL|FITS|
            MENS|LARGER|172|60|XL|IN_BETWEEN|LARGER
            MENS|SMALLER|172|60|L|IN_BETWEEN|SMALLER
            MENS|BY_WEIGHT|172|60|L|IN_BETWEEN|BY_WEIGHT
            MENS|BY_HEIGHT|172|60|XL|IN_BETWEEN|BY_HEIGHT
            MENS|LARGER|170|65|XL|IN_BETWEEN|LARGER
            MENS|SMALLER|170|65|L|IN_BETWEEN|SMALLER
            MENS|BY_WEIGHT|170|65|XL|IN_BETWEEN|LARGER
            MENS|BY_HEIGHT|168|68|L|IN_BETWEEN|BY_HEIGHT
            MENS|BY_WEIGHT|168|68|XL|IN_BETWEEN|BY_WEIGHT
            MENS|BY_WEIGHT|168|65|L|FITS|
            MENS|LARGER|178||XXL|FITS|
            MENS|LARGER|170||XL|IN_BETWEEN|LARGER
            MENS|SMALLER|170||L|IN_BETWEEN|SMALLER
            MENS|BY_WEIGHT|170||XL|IN_BETWEEN|LARGER
            MENS|LARGER||60|L|FITS|
            MENS|LARGER|190|80||OUT_OF_CHART|
            MENS|LARGER|175|95||OUT_OF_CHART|
            MENS|LARGER|150|||OUT_OF_CHART|
            MENS|LARGER||||NO_MEASUREMENT|
            WOMENS|BY_WEIGHT|158|48|M|FITS|
            WOMENS|BY_WEIGHT|158|53|L|IN_BETWEEN|BY_WEIGHT
            WOMENS|BY_HEIGHT|158|53|M|IN_BETWEEN|BY_HEIGHT
            WOMENS|SMALLER|158|53|M|IN_BETWEEN|SMALLER
            WOMENS|BY_WEIGHT|163|45.5|M|IN_BETWEEN|LARGER
            WOMENS|SMALLER|155.5||S|IN_BETWEEN|SMALLER
            WOMENS|BY_WEIGHT|155.5||M|IN_BETWEEN|LARGER
            WOMENS|BY_HEIGHT||52|L|FITS|
            WOMENS|LARGER||70||OUT_OF_CHART|
            WOMENS|LARGER|145|||OUT_OF_CHART|
            """)
    void advises(String chart, InBetweenRule rule, Double height, Double weight, String size,
            SizeAdvice.Status status, InBetweenRule decidedBy) {
        SizeChart sizeChart = SizeChart.parse(("MENS".equals(chart) ? MENS : WOMENS) + " | rule=" + rule);
        BodyMeasurements body = new BodyMeasurements(
                height == null ? OptionalDouble.empty() : OptionalDouble.of(height),
                weight == null ? OptionalDouble.empty() : OptionalDouble.of(weight));
        SizeAdvice advice = SizeAdvisor.advise(sizeChart, body);
        assertEquals(Optional.ofNullable(size), advice.size(), advice.reason());
        assertEquals(status, advice.status(), advice.reason());
        assertEquals(status == SizeAdvice.Status.IN_BETWEEN, advice.inBetween());
        assertEquals(Optional.ofNullable(decidedBy), advice.decidedBy(), advice.reason());
        assertFalse(advice.reason().isBlank());
    }

    @Test
    void reasonsNameTheSizesAndTheRule() {
        SizeChart mens = SizeChart.parse(MENS + " | rule=BY_WEIGHT");
        assertEquals("身高172cm 体重60kg（120斤），身高对应XL、体重对应L，按本款规则（以体重为准）建议L",
                SizeAdvisor.advise(mens, BodyMeasurements.of(172, 60)).reason());
        assertEquals("身高170cm，介于L和XL之间，按本款规则（以体重为准，体重未知时选大一码）建议XL（买家未说体重，可再确认）",
                SizeAdvisor.advise(mens, BodyMeasurements.height(170)).reason());
        assertEquals("身高190cm 体重80kg（160斤），身高超过最大码3XL的185cm，尺码表没有合适尺码，建议人工确认",
                SizeAdvisor.advise(mens, BodyMeasurements.of(190, 80)).reason());
        assertEquals("未识别到身高体重，请先询问买家的身高和体重", SizeAdvisor.advise(mens, "在吗").reason());
    }

    @Test
    void heightOnlyChartIgnoresWeight() {
        SizeChart kids = SizeChart.parse("110 h100-110; 120 h110-120; 130 h120-130 | rule=LARGER");
        SizeAdvice advice = SizeAdvisor.advise(kids, "孩子身高115 40斤");
        assertEquals(Optional.of("120"), advice.size());
        assertTrue(advice.reason().endsWith("建议120"), advice.reason());
    }
}
