package io.zhuanhua.scripts.knowledge;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * A shop's weekly business hours in its time zone. Each interval belongs to the day it opens on; a closing
 * time not after the opening time is on the next day (20:00-02:00; 00:00-00:00 is the whole day). Intervals
 * may not overlap, also not across midnight or from Sunday into Monday: the same rules as chat-service's
 * business hours, so that its business-time metrics can take them as they are.
 */
public record OpeningHours(ZoneId zone, List<Interval> intervals) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;
    private static final String[] DAY_NAMES = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    /** One opening interval, whole minutes. */
    public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) {
        public Interval {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
        }

        int startMinute() {
            return (day.getValue() - 1) * DAY + opens.getHour() * 60 + opens.getMinute();
        }

        int lengthMinutes() {
            int open = opens.getHour() * 60 + opens.getMinute();
            int close = closes.getHour() * 60 + closes.getMinute();
            return close > open ? close - open : close + DAY - open;
        }

        /** "09:00-18:00", or "20:00-次日02:00" past midnight. */
        String chinese() {
            return opens + "-" + (closes.isAfter(opens) ? "" : "次日") + closes;
        }
    }

    public OpeningHours {
        intervals = intervals.stream().sorted(Comparator.comparingInt(Interval::startMinute)).toList();
    }

    /** Validates raw input: a zone id (empty means Asia/Shanghai) and non-overlapping intervals. */
    public static OpeningHours of(String zone, List<Interval> intervals) {
        ZoneId zoneId;
        try {
            zoneId = zone.isBlank() ? DEFAULT_ZONE : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidFieldException("time_zone", "not a time zone such as Asia/Shanghai");
        }
        OpeningHours hours = new OpeningHours(zoneId, intervals);
        List<Interval> sorted = hours.intervals;
        for (int i = 0; i < sorted.size(); i++) {
            Interval a = sorted.get(i);
            Interval b = sorted.get((i + 1) % sorted.size());
            int end = a.startMinute() + a.lengthMinutes();
            int nextStart = b.startMinute() + (i + 1 == sorted.size() ? WEEK : 0);
            if (sorted.size() > 1 && end > nextStart) {
                throw new InvalidFieldException("intervals", a.day() + " " + a.chinese() + " overlaps " + b.day()
                        + " " + b.chinese());
            }
        }
        return hours;
    }

    /** "周一至周五 09:00-12:00、13:30-18:00；周六、周日 10:00-16:00"; empty without intervals. */
    public String chinese() {
        Map<String, List<Integer>> daysByHours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String hours = intervals.stream().filter(i -> i.day() == day).map(Interval::chinese)
                    .collect(Collectors.joining("、"));
            if (!hours.isEmpty()) {
                daysByHours.computeIfAbsent(hours, h -> new ArrayList<>()).add(day.getValue() - 1);
            }
        }
        List<String> parts = new ArrayList<>();
        daysByHours.forEach((hours, days) -> parts.add(days(days) + " " + hours));
        return String.join("；", parts);
    }

    private static String days(List<Integer> days) {
        if (days.size() == 7) {
            return "每天";
        }
        boolean consecutive = days.get(days.size() - 1) - days.get(0) == days.size() - 1;
        if (consecutive && days.size() >= 3) {
            return DAY_NAMES[days.get(0)] + "至" + DAY_NAMES[days.get(days.size() - 1)];
        }
        return days.stream().map(d -> DAY_NAMES[d]).collect(Collectors.joining("、"));
    }
}
