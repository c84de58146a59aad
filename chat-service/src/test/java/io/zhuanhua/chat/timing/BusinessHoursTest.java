package io.zhuanhua.chat.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessHoursTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** A shop-local wall-clock time in Shanghai (2026-11-24 is a Tuesday). */
    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** An instant with its offset spelled out, unambiguous around daylight-saving changes. */
    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Duration hm(int hours, int minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    // --- parse and format

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mon-Fri 09:00-12:00,13:30-23:00; Sat-Sun 10:00-02:00  | Mon-Fri 09:00-12:00,13:30-23:00; Sat-Sun 10:00-02:00 @ Asia/Shanghai
            mon-fri 9:00 - 18:00 ; SAT 10:00-16:00 @ Asia/Shanghai | Mon-Fri 09:00-18:00; Sat 10:00-16:00 @ Asia/Shanghai
            Mon,Wed,Fri 09:00-18:00                               | Mon,Wed,Fri 09:00-18:00 @ Asia/Shanghai
            Sat-Mon 20:00-24:00                                   | Mon,Sat-Sun 20:00-24:00 @ Asia/Shanghai
            Mon-Fri 09:00-18:00; Fri 20:00-02:00                  | Mon-Thu 09:00-18:00; Fri 09:00-18:00,20:00-02:00 @ Asia/Shanghai
            Sun 22:00-02:00; Mon 02:00-06:00                      | Mon 02:00-06:00; Sun 22:00-02:00 @ Asia/Shanghai
            Mon-Sun 10:00-10:00 @ America/Los_Angeles             | Mon-Sun 10:00-10:00 @ America/Los_Angeles
            always                                                | always @ Asia/Shanghai
            Mon-Sun 00:00-24:00 @ UTC                             | always @ UTC
            """)
    void parsesToTheCanonicalFormAndBack(String spec, String canonical) {
        BusinessHours hours = BusinessHours.parse(spec);
        assertEquals(canonical, hours.format());
        assertEquals(hours, BusinessHours.parse(hours.format()));
    }

    @Test
    void theParsedIntervalsAreTheDaysTheyOpenOn() {
        BusinessHours hours = BusinessHours.parse("Sat-Sun 10:00-02:00 @ America/Los_Angeles");
        assertEquals(LOS_ANGELES, hours.zone());
        assertEquals(List.of(new BusinessHours.Interval(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(2, 0)),
                new BusinessHours.Interval(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(2, 0))), hours.intervals());
        assertTrue(hours.intervals().get(0).pastMidnight());
        assertEquals(BusinessHours.DEFAULT_ZONE, BusinessHours.parse("Mon 09:00-18:00").zone());
        assertEquals(BusinessHours.ALWAYS_OPEN, BusinessHours.parse("always"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mon-Fri 09:00-12:00,11:00-13:00         | Mon 09:00-12:00 overlaps Mon 11:00-13:00
            Mon 09:00-18:00; Mon 09:00-18:00        | Mon 09:00-18:00 overlaps Mon 09:00-18:00
            Sat-Sun 10:00-02:00; Mon 01:00-05:00    | Sun 10:00-02:00 overlaps Mon 01:00-05:00
            Fri 20:00-02:00; Sat 01:30-09:00        | Fri 20:00-02:00 overlaps Sat 01:30-09:00
            Mon 00:00-24:00; Mon 12:00-13:00        | Mon 00:00-24:00 overlaps Mon 12:00-13:00
            Mon 09:00-25:00                         | 25:00 is no time of day
            Mon 24:00-02:00                         | 24:00 is no time of day
            Mon 09:60-10:00                         | 09:60 is no time of day
            Mon 9-18                                | "9-18" is no interval
            Mon-Fri                                 | needs days and intervals
            Monday 09:00-18:00                      | "Monday" is no day or day range
            Mon-Fry 09:00-18:00                     | unknown day "fry"
            Mon 09:00-18:00;                        | empty clause
            ''                                      | empty clause
            Mon 09:00-18:00,                        | "" is no interval
            Mon 09:00-18:00 @ Mars/Olympus          | unknown time zone "Mars/Olympus"
            """)
    void rejectsInvalidHoursWithAClearMessage(String spec, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse(spec));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith("business hours \"" + spec + "\": "), e.getMessage());
    }

    @Test
    void rejectsNoIntervalsAndSecondsInTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessHours(SHANGHAI, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new BusinessHours.Interval(DayOfWeek.MONDAY,
                LocalTime.of(9, 0, 30), LocalTime.of(18, 0)));
    }

    // --- arithmetic

    @Test
    void aSplitShiftCountsOnlyItsTwoParts() {
        BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-12:00,13:30-18:00");
        assertTrue(hours.isOpen(sh("2026-11-24T11:59:59")));
        assertFalse(hours.isOpen(sh("2026-11-24T12:00:00")), "closing time is exclusive");
        assertFalse(hours.isOpen(sh("2026-11-24T13:29:59")));
        assertTrue(hours.isOpen(sh("2026-11-24T13:30:00")), "opening time is inclusive");
        assertEquals(hm(1, 30), hours.businessTimeBetween(sh("2026-11-24T11:00"), sh("2026-11-24T14:00")));
        assertEquals(Duration.ZERO, hours.businessTimeBetween(sh("2026-11-24T12:10"), sh("2026-11-24T13:20")));
        assertEquals(hm(7, 30), hours.businessTimeBetween(sh("2026-11-24T00:00"), sh("2026-11-25T00:00")));
        assertEquals(sh("2026-11-24T13:30"), hours.nextOpening(sh("2026-11-24T12:10")));
        assertEquals(sh("2026-11-30T09:00"), hours.nextOpening(sh("2026-11-27T18:00")), "Friday evening → Monday");
        assertEquals(hm(1, 0), hours.businessTimeBetween(sh("2026-11-27T17:30"), sh("2026-11-30T09:30")));
    }

    @Test
    void aShiftPastMidnightBelongsToTheDayItStarts() {
        BusinessHours hours = BusinessHours.parse("Fri 20:00-02:00");
        assertTrue(hours.isOpen(sh("2026-11-28T01:59")), "Saturday 01:59 is still Friday's shift");
        assertFalse(hours.isOpen(sh("2026-11-28T02:00")));
        assertFalse(hours.isOpen(sh("2026-11-28T21:00")), "Saturday has no shift of its own");
        assertFalse(hours.isOpen(sh("2026-11-27T01:00")), "Friday 01:00 would be Thursday's shift");
        assertEquals(hm(3, 0), hours.businessTimeBetween(sh("2026-11-27T23:00"), sh("2026-11-28T03:00")));
        assertEquals(hm(1, 0), hours.businessTimeBetween(sh("2026-11-28T01:00"), sh("2026-11-28T03:00")),
                "the tail of Friday's shift, counted from Saturday");
        assertEquals(hm(6, 0), hours.businessTimeBetween(sh("2026-11-27T12:00"), sh("2026-11-28T12:00")));
        assertEquals(sh("2026-12-04T20:00"), hours.nextOpening(sh("2026-11-28T02:00")));
    }

    @Test
    void aSundayNightShiftRunsIntoMonday() {
        BusinessHours hours = BusinessHours.parse("Sun 22:00-02:00");
        assertTrue(hours.isOpen(sh("2026-11-30T01:00")));
        assertEquals(hm(4, 0), hours.businessTimeBetween(sh("2026-11-29T12:00"), sh("2026-11-30T12:00")));
    }

    @Test
    void aMessageAfterClosingWaitsOnlyForTheOpenTimeNextMorning() {
        BusinessHours hours = BusinessHours.parse("Mon-Sun 09:00-23:00");
        // 23:50 is after closing: nothing counts until 09:00, so a reply at 09:05 took 5 business minutes.
        assertFalse(hours.isOpen(sh("2026-11-24T23:50")));
        assertEquals(hm(0, 5), hours.businessTimeBetween(sh("2026-11-24T23:50"), sh("2026-11-25T09:05")));
        assertEquals(sh("2026-11-25T09:00"), hours.nextOpening(sh("2026-11-24T23:50")));
        // 22:50 still had 10 open minutes that evening.
        assertEquals(hm(0, 15), hours.businessTimeBetween(sh("2026-11-24T22:50"), sh("2026-11-25T09:05")));
    }

    @Test
    void theDefaultZoneIsShanghai() {
        BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-18:00");
        assertTrue(hours.isOpen(Instant.parse("2026-11-24T01:00:00Z")), "09:00 in Shanghai");
        assertFalse(hours.isOpen(Instant.parse("2026-11-24T00:59:59Z")));
    }

    @Test
    void theSameHoursInAnotherZoneAreOtherInstants() {
        Instant from = Instant.parse("2026-11-24T00:00:00Z");
        Instant to = Instant.parse("2026-11-25T00:00:00Z");
        // 08:00 Tue – 08:00 Wed in Shanghai holds Tuesday's whole 09:00–18:00; 16:00 Mon – 16:00 Tue in LA holds
        // Monday's last two hours and Tuesday's first seven.
        assertEquals(hm(9, 0), BusinessHours.parse("Mon-Fri 09:00-18:00").businessTimeBetween(from, to));
        assertEquals(hm(9, 0), BusinessHours.parse("Mon-Fri 09:00-18:00 @ America/Los_Angeles").businessTimeBetween(from, to));
        assertEquals(hm(0, 0), BusinessHours.parse("Mon 09:00-18:00").businessTimeBetween(from, to));
        assertEquals(hm(2, 0), BusinessHours.parse("Mon 09:00-18:00 @ America/Los_Angeles").businessTimeBetween(from, to));
    }

    @Test
    void aNightShiftIsAnHourShorterWhenClocksSpringForwardAndLongerWhenTheyFallBack() {
        BusinessHours hours = BusinessHours.parse("Sat 20:00-06:00 @ America/Los_Angeles");
        assertEquals(hm(9, 0), hours.businessTimeBetween(at("2026-03-07T12:00-08:00"), at("2026-03-08T12:00-07:00")));
        assertEquals(hm(11, 0), hours.businessTimeBetween(at("2026-10-31T12:00-07:00"), at("2026-11-01T12:00-08:00")));
        assertEquals(hm(10, 0), hours.businessTimeBetween(at("2026-03-14T12:00-07:00"), at("2026-03-15T12:00-07:00")));
        assertTrue(hours.isOpen(at("2026-11-01T01:30-08:00")), "the repeated hour is open twice");
    }

    @Test
    void openingHoursThatTheClockSkipsOrRepeats() {
        // 02:30 does not exist on 2026-03-08: the shop opens when the clocks jump to 03:00.
        BusinessHours gap = BusinessHours.parse("Sun 02:30-04:00 @ America/Los_Angeles");
        assertEquals(at("2026-03-08T03:00-07:00"), gap.nextOpening(at("2026-03-08T00:00-08:00")));
        assertEquals(hm(1, 0), gap.businessTimeBetween(at("2026-03-08T00:00-08:00"), at("2026-03-08T12:00-07:00")));
        // 01:30 happens twice on 2026-11-01: the shop opens at the first one.
        BusinessHours overlap = BusinessHours.parse("Sun 01:30-03:00 @ America/Los_Angeles");
        assertEquals(at("2026-11-01T01:30-07:00"), overlap.nextOpening(at("2026-11-01T00:00-07:00")));
        assertEquals(hm(2, 30), overlap.businessTimeBetween(at("2026-11-01T00:00-07:00"), at("2026-11-01T12:00-08:00")));
    }

    @Test
    void dayShiftsAcrossADaylightSavingWeekend() {
        BusinessHours hours = BusinessHours.parse("Mon-Fri 09:00-18:00 @ America/Los_Angeles");
        assertEquals(hm(2, 0), hours.businessTimeBetween(at("2026-03-06T17:00-08:00"), at("2026-03-09T10:00-07:00")));
        assertEquals(at("2026-03-09T09:00-07:00"), hours.nextOpening(at("2026-03-06T18:00-08:00")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-07T12:00:00Z     | 2026-03-09T12:00:00Z
            2026-03-08T09:59:59.250Z | 2026-03-08T10:00:00.750Z
            2026-10-31T00:00:00Z     | 2026-11-02T00:00:00Z
            2026-11-24T15:50:00Z     | 2026-11-25T01:05:00Z
            2026-11-24T00:00:00Z     | 2026-11-24T00:00:00Z
            2025-12-31T00:00:00Z     | 2027-01-01T00:00:00Z
            """)
    void alwaysOpenEqualsCalendarTime(Instant from, Instant to) {
        Duration calendar = Duration.between(from, to);
        assertEquals(calendar, BusinessHours.ALWAYS_OPEN.businessTimeBetween(from, to));
        assertEquals(calendar, BusinessHours.always(LOS_ANGELES).businessTimeBetween(from, to));
        assertEquals(calendar, BusinessHours.parse("Mon-Sun 10:00-10:00 @ America/Los_Angeles").businessTimeBetween(from, to));
        assertEquals(calendar, BusinessHours.parse("Mon-Fri 00:00-24:00; Sat-Sun 00:00-12:00,12:00-00:00 @ America/Los_Angeles")
                .businessTimeBetween(from, to));
        assertTrue(BusinessHours.always(LOS_ANGELES).isOpen(from));
        assertEquals(from, BusinessHours.ALWAYS_OPEN.nextOpening(from));
    }

    @Test
    void noBusinessTimeBackwards() {
        assertThrows(IllegalArgumentException.class, () -> BusinessHours.ALWAYS_OPEN
                .businessTimeBetween(Instant.parse("2026-11-24T00:00:01Z"), Instant.parse("2026-11-24T00:00:00Z")));
    }
}
