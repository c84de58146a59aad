package io.zhuanhua.metrics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.zhuanhua.metrics.conversion.BotFigures;
import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.ResponseFigures;
import io.zhuanhua.metrics.conversion.WaitStats;

/** What a rollup row stores is what it gave. */
class FiguresCodecTest {

    @Test
    void figuresSurviveStorage() {
        WaitStats waits = new WaitStats.Builder().add(0).add(5_999).add(61_000).add(40 * 60_000L).build();
        WaitStats other = new WaitStats.Builder().add(300).build();
        ConversionFigures figures = new ConversionFigures(12, 7, 5, 2, 9, 1_234_567_890_123L, 3, 4_500,
                new ResponseFigures(waits, other, WaitStats.EMPTY, other, waits, waits, 4, 12, 11),
                new BotFigures(6, 2, 3, 1, 1, 3, 2));

        assertEquals(figures, FiguresCodec.decode(FiguresCodec.encode(figures)));
        assertEquals(ConversionFigures.ZERO, FiguresCodec.decode(FiguresCodec.encode(ConversionFigures.ZERO)));
    }
}
