package io.zhuanhua.scripts.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.error.InvalidFieldException;

class OpeningHoursTest {

    @Test
    void severalIntervalsADayAndPastMidnightInTheShopsZone() {
        List<OpeningHours.Interval> intervals = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            intervals.add(interval(day, "13:30", "23:00"));
            intervals.add(interval(day, "09:00", "12:00"));
        }
        intervals.add(interval(DayOfWeek.SATURDAY, "10:00", "02:00"));
        intervals.add(interval(DayOfWeek.SUNDAY, "10:00", "02:00"));
        OpeningHours hours = OpeningHours.of("Asia/Urumqi", intervals);
        assertEquals(ZoneId.of("Asia/Urumqi"), hours.zone());
        assertEquals(interval(DayOfWeek.MONDAY, "09:00", "12:00"), hours.intervals().get(0));
        assertEquals("周一至周五 09:00-12:00、13:30-23:00；周六、周日 10:00-次日02:00", hours.chinese());
        assertEquals("每天 00:00-次日00:00", OpeningHours.of("", List.of(DayOfWeek.values()).stream()
                .map(d -> interval(d, "00:00", "00:00")).toList()).chinese());
        assertEquals(OpeningHours.DEFAULT_ZONE, OpeningHours.of(" ", List.of()).zone());
    }

    @Test
    void rejectsOverlapsAlsoAcrossMidnightAndTheWeekEnd() {
        assertField("intervals", List.of(interval(DayOfWeek.MONDAY, "09:00", "12:00"),
                interval(DayOfWeek.MONDAY, "11:00", "13:00")));
        assertField("intervals", List.of(interval(DayOfWeek.MONDAY, "20:00", "03:00"),
                interval(DayOfWeek.TUESDAY, "02:00", "05:00")));
        assertField("intervals", List.of(interval(DayOfWeek.SUNDAY, "20:00", "03:00"),
                interval(DayOfWeek.MONDAY, "02:00", "05:00")));
        assertEquals("time_zone", assertThrows(InvalidFieldException.class,
                () -> OpeningHours.of("Mars/Olympus", List.of())).field());
        // Touching intervals do not overlap.
        OpeningHours.of("", List.of(interval(DayOfWeek.MONDAY, "09:00", "12:00"),
                interval(DayOfWeek.MONDAY, "12:00", "13:00")));
    }

    private static void assertField(String field, List<OpeningHours.Interval> intervals) {
        assertEquals(field, assertThrows(InvalidFieldException.class, () -> OpeningHours.of("", intervals)).field());
    }

    private static OpeningHours.Interval interval(DayOfWeek day, String opens, String closes) {
        return new OpeningHours.Interval(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
