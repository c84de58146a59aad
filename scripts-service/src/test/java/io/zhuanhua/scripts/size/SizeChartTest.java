package io.zhuanhua.scripts.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeChartTest {

    @Test
    void parsesRowsAndRule() {
        SizeChart chart = SizeChart.parse("M 160-165 45-52; L 165-170 52-60; XL 170-175 60-68 | rule=LARGER");
        assertEquals(3, chart.rows().size());
        assertEquals(InBetweenRule.LARGER, chart.rule());
        SizeChart.Row l = chart.rows().get(1);
        assertEquals("L", l.size());
        assertEquals(Optional.of(new SizeChart.Range(165, 170)), l.height());
        assertEquals(Optional.of(new SizeChart.Range(52, 60)), l.weight());
    }

    @Test
    void marksUnitsFullWidthAndDefaultRule() {
        SizeChart chart = SizeChart.parse("S h150-160； M 身高160-170 w50-60；L 100-120斤 170-180cm ｜ rule：by_weight");
        assertEquals(InBetweenRule.BY_WEIGHT, chart.rule());
        assertEquals(Optional.empty(), chart.rows().get(0).weight());
        assertEquals(Optional.of(new SizeChart.Range(50, 60)), chart.rows().get(2).weight());
        assertEquals(Optional.of(new SizeChart.Range(170, 180)), chart.rows().get(2).height());
        assertEquals(InBetweenRule.LARGER, SizeChart.parse("M w45-52; L w52-60").rule());
    }

    @Test
    void roundTripsThroughText() {
        SizeChart chart = SizeChart.parse("S h150-160; M 160-170 50-57.5; L w57.5-65 | rule=SMALLER");
        assertEquals("S h150-160; M 160-170 50-57.5; L w57.5-65 | rule=SMALLER", chart.toText());
        assertEquals(chart, SizeChart.parse(chart.toText()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
            ""=>size chart is empty
            M 160-165 45-52 | rule=BIGGER=>unknown rule 'BIGGER'
            M 160-165 45-52 | LARGER=>expected 'rule=LARGER|SMALLER|BY_WEIGHT|BY_HEIGHT' after '|'
            M 160-165 45-52; L 165-170 52=>row 2 'L 165-170 52': range '52' must look like 160-165
            M 160-165=>row 1 'M 160-165': single range '160-165' is ambiguous
            M=>row 1 'M': needs a height or a weight range
            M 160-165 45-52; M 165-170 52-60=>size M appears twice
            L 165-170 52-60; M 160-165 45-52=>rows must go from small to large: M height 160-165 is below L 165-170
            M 165-160 45-52=>row 1 'M 165-160 45-52': range 165-160 has min > max
            M 160-165 45-52;;L 165-170 52-60=>row 2 is empty
            160-165 45-52=>row 1 '160-165 45-52': must start with a size label
            M 160-165 45-52 1-2=>row 1 'M 160-165 45-52 1-2': expected a size label and at most two ranges
            M h160-165 h165-170=>row 1 'M h160-165 h165-170': has two height ranges
            """)
    void rejectsBadChartsWithClearMessages(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SizeChart.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void rowNeedsAMeasure() {
        assertThrows(IllegalArgumentException.class,
                () -> new SizeChart.Row("M", Optional.empty(), Optional.empty()));
    }
}
