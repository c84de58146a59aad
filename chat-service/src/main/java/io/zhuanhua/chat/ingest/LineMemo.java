package io.zhuanhua.chat.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The readings of the messages the shaper saw lately, by message id, least recently used dropped first. A
 * conversation is analysed again on each of its turns; without this every earlier line was read again each
 * time, so shaping cost grew with the square of the conversation's length. A stored message's text never
 * changes, so an entry cannot go stale; a message evicted, or new to this replica, is simply read again.
 */
final class LineMemo {
    private final Map<Long, LineReading> readings;

    LineMemo(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.readings = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, LineReading> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized LineReading get(long messageId, Supplier<LineReading> read) {
        LineReading reading = readings.get(messageId);
        if (reading == null) {
            reading = read.get();
            readings.put(messageId, reading);
        }
        return reading;
    }

    synchronized int size() {
        return readings.size();
    }
}
