package io.zhuanhua.chat.timing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A shop's weekly opening hours in its time zone. Each interval belongs to the day it opens on; an interval whose
 * closing time is not after its opening time closes on the next day (a night shift such as 20:00–02:00; 00:00–00:00
 * is the whole day). Intervals may not overlap, also not across midnight or from Sunday into Monday.
 *
 * <p>Local times become instants in the shop's zone. A local time that a daylight-saving gap skips maps to the
 * instant the clocks jump (opening at 02:30 on the spring-forward night opens at 03:00); one that an overlap repeats
 * maps to its first occurrence. Unlike java.time's default (shifting a gap time by the gap's length) this keeps the
 * mapping monotonic, so intervals that do not overlap on the wall clock never overlap in real time and sums stay
 * exact.
 *
 * <p>Compact form (see {@link #parse}), for example
 * {@code Mon-Fri 09:00-12:00,13:30-23:00; Sat-Sun 10:00-02:00 @ Asia/Shanghai}:
 * <pre>
 * hours    = ( "always" | clause *( ";" clause ) ) [ "@" zone ]   zone: a java.time ZoneId, default Asia/Shanghai
 * clause   = days SPACE interval *( "," interval )
 * days     = dayspan *( "," dayspan )        no spaces inside, e.g. "Mon-Fri" or "Mon,Wed,Fri" or "Sat-Mon"
 * dayspan  = day [ "-" day ]                 a range runs forward and may wrap: Sat-Mon is Sat, Sun, Mon
 * day      = Mon | Tue | Wed | Thu | Fri | Sat | Sun   (any letter case)
 * interval = time "-" time                   H:MM or HH:MM, 00:00..23:59; the closing time may be 24:00
 * </pre>
 * Spaces around separators are allowed. A day may appear in several clauses; its intervals add up. "always" is
 * {@code Mon-Sun 00:00-24:00}.
 *
 * @param zone the shop's time zone
 * @param intervals the opening intervals, sorted by day and opening time
 */
public record BusinessHours(ZoneId zone, List<Interval> intervals) {
    /** The shop-local zone when a shop has not configured one (DOMAIN.md). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /** Open around the clock: business time equals calendar time. */
    public static final BusinessHours ALWAYS_OPEN = always(DEFAULT_ZONE);

    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
    private static final Pattern DAY_SPAN = Pattern.compile("([a-z]{3})(?:-([a-z]{3}))?");
    private static final String EXAMPLE = "e.g. \"Mon-Fri 09:00-18:00\"";
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    /**
     * One opening interval, in whole minutes.
     *
     * @param day the day it opens on
     * @param closes not after {@code opens}: closes on the next day; 00:00 is midnight at the end of the day
     */
    public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) {
        public Interval {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
                throw new IllegalArgumentException("opening hours are whole minutes: " + opens + "-" + closes);
            }
        }

        /** Closes on the day after it opens. */
        public boolean pastMidnight() {
            return !closes.isAfter(opens);
        }

        private int startMinuteOfWeek() {
            return (day.getValue() - 1) * MINUTES_PER_DAY + minuteOfDay(opens);
        }

        private int lengthMinutes() {
            int length = minuteOfDay(closes) - minuteOfDay(opens);
            return length > 0 ? length : length + MINUTES_PER_DAY;
        }

        @Override
        public String toString() {
            return dayName(day) + " " + formatTimes();
        }

        private String formatTimes() {
            return opens + "-" + (closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes.toString());
        }
    }

    /**
     * @throws IllegalArgumentException without intervals, or when two intervals overlap
     */
    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one opening interval");
        }
        intervals = intervals.stream().sorted(Comparator.comparingInt(Interval::startMinuteOfWeek)).toList();
        for (int i = 0; i < intervals.size(); i++) {
            Interval current = intervals.get(i);
            Interval next = intervals.get((i + 1) % intervals.size());
            int nextStart = next.startMinuteOfWeek() + (i + 1 == intervals.size() ? MINUTES_PER_WEEK : 0);
            if (current.startMinuteOfWeek() + current.lengthMinutes() > nextStart) {
                throw new IllegalArgumentException(current + " overlaps " + next);
            }
        }
    }

    /** Open around the clock in the given zone. */
    public static BusinessHours always(ZoneId zone) {
        List<Interval> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new Interval(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return new BusinessHours(zone, week);
    }

    /**
     * Reads the compact form described on the class.
     *
     * @throws IllegalArgumentException naming the offending part: unknown day or zone, malformed or out-of-range
     *         time, an empty clause, overlapping intervals
     */
    public static BusinessHours parse(String spec) {
        try {
            return parseChecked(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("business hours \"" + spec + "\": " + e.getMessage(), e);
        }
    }

    private static BusinessHours parseChecked(String spec) {
        String week = spec.strip();
        ZoneId zone = DEFAULT_ZONE;
        int at = week.indexOf('@');
        if (at >= 0) {
            String zoneId = week.substring(at + 1).strip();
            try {
                zone = ZoneId.of(zoneId);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("unknown time zone \"" + zoneId + "\"");
            }
            week = week.substring(0, at).strip();
        }
        if (week.equalsIgnoreCase("always")) {
            return always(zone);
        }
        List<Interval> intervals = new ArrayList<>();
        for (String clause : week.split(";", -1)) {
            intervals.addAll(parseClause(clause.strip()));
        }
        return new BusinessHours(zone, intervals);
    }

    private static List<Interval> parseClause(String clause) {
        if (clause.isEmpty()) {
            throw new IllegalArgumentException("empty clause; expected days and intervals, " + EXAMPLE);
        }
        String[] parts = clause.split("\\s+", 2);
        if (parts.length < 2) {
            throw new IllegalArgumentException("\"" + clause + "\" needs days and intervals, " + EXAMPLE);
        }
        List<DayOfWeek> days = parseDays(parts[0]);
        List<Interval> intervals = new ArrayList<>();
        for (String text : parts[1].split(",", -1)) {
            Matcher m = INTERVAL.matcher(text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + text.strip() + "\" is no interval; expected HH:MM-HH:MM");
            }
            LocalTime opens = time(m.group(1), m.group(2), false);
            LocalTime closes = time(m.group(3), m.group(4), true);
            for (DayOfWeek day : days) {
                intervals.add(new Interval(day, opens, closes));
            }
        }
        return intervals;
    }

    private static List<DayOfWeek> parseDays(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String span : text.split(",", -1)) {
            Matcher m = DAY_SPAN.matcher(span.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "\"" + span + "\" is no day or day range; expected e.g. Mon or Mon-Fri");
            }
            DayOfWeek first = day(m.group(1));
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
            for (DayOfWeek d = first;; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (dayName(d).toLowerCase(Locale.ROOT).equals(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "unknown day \"" + abbreviation + "\"; use Mon, Tue, Wed, Thu, Fri, Sat, Sun");
    }

    private static LocalTime time(String hours, String minutes, boolean closing) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (closing && h == 24 && m == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException(hours + ":" + minutes + " is no time of day"
                    + (closing ? " (24:00 is the latest closing time)" : ""));
        }
        return LocalTime.of(h, m);
    }

    /** The compact form; {@code parse(format())} gives these hours back. */
    public String format() {
        String week;
        if (intervals.equals(always(zone).intervals())) {
            week = "always";
        } else {
            // Days with the same intervals share one clause, in the order of the week.
            Map<String, List<DayOfWeek>> daysByTimes = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                String times = intervals.stream().filter(i -> i.day() == day).map(Interval::formatTimes)
                        .collect(Collectors.joining(","));
                if (!times.isEmpty()) {
                    daysByTimes.computeIfAbsent(times, t -> new ArrayList<>()).add(day);
                }
            }
            week = daysByTimes.entrySet().stream().map(e -> formatDays(e.getValue()) + " " + e.getKey())
                    .collect(Collectors.joining("; "));
        }
        return week + " @ " + zone.getId();
    }

    private static String formatDays(List<DayOfWeek> days) {
        List<String> spans = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            spans.add(i == j ? dayName(days.get(i)) : dayName(days.get(i)) + "-" + dayName(days.get(j)));
            i = j + 1;
        }
        return String.join(",", spans);
    }

    private static String dayName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return format();
    }

    /** Open at {@code t}: some interval has opened at or before it and not yet closed. */
    public boolean isOpen(Instant t) {
        LocalDate date = t.atZone(zone).toLocalDate();
        // An interval from the day before may still run past midnight; none reaches further.
        for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
            for (Span span : spans(d)) {
                if (!t.isBefore(span.start) && t.isBefore(span.end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The open time within {@code [from, to)}, exact across daylight-saving changes and midnight.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("business time from " + from + " to the earlier " + to);
        }
        Duration open = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate().minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            for (Span span : spans(d)) {
                Instant start = span.start.isAfter(from) ? span.start : from;
                Instant end = span.end.isBefore(to) ? span.end : to;
                if (start.isBefore(end)) {
                    open = open.plus(Duration.between(start, end));
                }
            }
        }
        return open;
    }

    /** {@code t} itself when open at {@code t}, else the next instant the shop opens. */
    public Instant nextOpening(Instant t) {
        if (isOpen(t)) {
            return t;
        }
        LocalDate date = t.atZone(zone).toLocalDate();
        // Every weekly interval recurs within a week; a second week covers one lost in a daylight-saving gap.
        for (LocalDate d = date; d.isBefore(date.plusDays(15)); d = d.plusDays(1)) {
            for (Span span : spans(d)) {
                if (span.start.isAfter(t) && span.start.isBefore(span.end)) {
                    return span.start;
                }
            }
        }
        throw new IllegalStateException("no opening within two weeks after " + t + " in " + this);
    }

    private record Span(Instant start, Instant end) {
    }

    /** The intervals opening on {@code date}, in time order, as instants. */
    private List<Span> spans(LocalDate date) {
        List<Span> spans = new ArrayList<>(2);
        for (Interval i : intervals) {
            if (i.day() == date.getDayOfWeek()) {
                LocalDate closingDate = i.pastMidnight() ? date.plusDays(1) : date;
                spans.add(new Span(instant(date, i.opens()), instant(closingDate, i.closes())));
            }
        }
        return spans;
    }

    private Instant instant(LocalDate date, LocalTime time) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(date.atTime(time));
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
