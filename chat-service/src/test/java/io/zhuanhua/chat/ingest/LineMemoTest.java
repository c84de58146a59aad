package io.zhuanhua.chat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.lost.LossEvidenceFinder;
import io.zhuanhua.chat.profile.CustomerProfiler;

class LineMemoTest {
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<LineReading> reading(String text) {
        return () -> {
            reads.incrementAndGet();
            return new LineReading(LossEvidenceFinder.defaults().read(text), CustomerProfiler.defaults().read(text));
        };
    }

    @Test
    void aMessageIsReadOnceWhileItIsKept() {
        LineMemo memo = new LineMemo(10);
        LineReading first = memo.get(1, reading("顺丰发不了哦"));
        assertSame(first, memo.get(1, reading("顺丰发不了哦")));
        assertEquals(1, reads.get());
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        LineMemo memo = new LineMemo(2);
        memo.get(1, reading("在吗"));
        memo.get(2, reading("有货吗"));
        memo.get(1, reading("在吗")); // 1 is used again: 2 is now the eldest
        memo.get(3, reading("包邮吗"));
        assertEquals(2, memo.size());
        assertEquals(3, reads.get());
        memo.get(1, reading("在吗"));
        assertEquals(3, reads.get());
        memo.get(2, reading("有货吗"));
        assertEquals(4, reads.get());
    }

    @Test
    void withoutRoomEveryLineIsReadEachTime() {
        LineMemo memo = new LineMemo(0);
        memo.get(1, reading("在吗"));
        memo.get(1, reading("在吗"));
        assertEquals(2, reads.get());
        assertEquals(0, memo.size());
        assertThrows(IllegalArgumentException.class, () -> new LineMemo(-1));
    }
}
