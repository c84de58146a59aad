package io.zhuanhua.metrics.rollup;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.DailyConversion;
import io.zhuanhua.metrics.conversion.Dimension;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.RowKey;
import io.zhuanhua.metrics.conversion.ShopCalendar;

/**
 * The daily rollups (table report_rollup: a shop's rows of one day as {@link DailyConversion} has them) and
 * the days waiting to be recomputed (report_rollup_dirty). Every change of facts marks the days it can touch
 * in its own transaction, bumping the day's generation; a refresher recomputes a day and clears the mark only
 * if the generation is still the one it read, so a change that commits meanwhile keeps the day dirty. Reports
 * read the dirty days of their period from the raw facts, so they never see a stale rollup.
 * <p>
 * Plain SQL in the caller's transaction; all methods need one.
 */
@ApplicationScoped
public class RollupStore {
    private final DataSource dataSource;

    public RollupStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A claimed dirty day with the generation its recomputation answers. */
    public record Claim(ShopDay day, long generation) {
    }

    /** Marks the days dirty, in key order so that concurrent writers never deadlock on them. */
    public void markDirty(Collection<ShopDay> days) {
        if (days.isEmpty()) {
            return;
        }
        SortedSet<ShopDay> ordered = new TreeSet<>(days);
        run("insert into report_rollup_dirty (shop_id, day, generation, marked_at) values (?, ?, 1, now())"
                + " on conflict (shop_id, day) do update set generation = report_rollup_dirty.generation + 1,"
                + " marked_at = now()", s -> {
                    for (ShopDay day : ordered) {
                        s.setString(1, day.shopId());
                        s.setDate(2, Date.valueOf(day.day()));
                        s.addBatch();
                    }
                    s.executeBatch();
                    return null;
                });
    }

    /**
     * Claims up to {@code limit} dirty days no one else holds (oldest mark first) for {@code lease}; rows
     * locked by a transaction that is marking them are skipped, their change is not committed yet.
     */
    public List<Claim> claim(int limit, Duration lease) {
        return run("update report_rollup_dirty d set claimed_until = now() + ? * interval '1 millisecond'"
                + " from (select shop_id, day from report_rollup_dirty where claimed_until is null or claimed_until < now()"
                + " order by marked_at limit ? for update skip locked) c"
                + " where d.shop_id = c.shop_id and d.day = c.day returning d.shop_id, d.day, d.generation", s -> {
                    s.setLong(1, lease.toMillis());
                    s.setInt(2, limit);
                    List<Claim> claims = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            claims.add(new Claim(new ShopDay(r.getString(1), r.getDate(2).toLocalDate()), r.getLong(3)));
                        }
                    }
                    return claims;
                });
    }

    /**
     * Stores a recomputed day if the claim still holds: the day's mark is locked, its rows replaced and the mark
     * removed when no change came since the claim (else only released for the next round). Returns false when
     * another refresher has already stored the day, or when the shop's rollups follow another calendar than the
     * one the day was computed with (a replica configured otherwise; the day is released).
     */
    public boolean store(Claim claim, DailyConversion computed, ShopCalendar calendar) {
        ShopDay day = claim.day();
        if (!calendar.equals(calendarOf(day.shopId(), calendar))) {
            release(day);
            return false;
        }
        Long generation = run("select generation from report_rollup_dirty where shop_id = ? and day = ? for update",
                s -> {
                    bindDay(s, day);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? r.getLong(1) : null;
                    }
                });
        if (generation == null) {
            return false;
        }
        run("delete from report_rollup where shop_id = ? and day = ?", s -> {
            bindDay(s, day);
            return s.executeUpdate();
        });
        SpanFigures figures = new SpanFigures(computed.rows().get(day.day()),
                computed.currency() == null ? new TreeSet<>() : new TreeSet<>(Set.of(computed.currency())));
        insert("insert into report_rollup (shop_id, day, dimension, row_key, currency, figures) values (?, ?, ?, ?, ?, ?)",
                day.shopId(), Date.valueOf(day.day()), null, figures);
        if (generation == claim.generation()) {
            run("delete from report_rollup_dirty where shop_id = ? and day = ?", s -> {
                bindDay(s, day);
                return s.executeUpdate();
            });
            storeSpans(day, figures);
        } else {
            release(day);
        }
        return true;
    }

    /**
     * Rewrites the spans holding the freshly stored day, level by level, while none of their days is dirty: a
     * span with a dirty day is rewritten when that day is stored. Taking the shop's span lock first makes each
     * refresher see the days the others committed before it, so the last day stored always rewrites the span.
     */
    private void storeSpans(ShopDay day, SpanFigures stored) {
        run("select pg_advisory_xact_lock(hashtext('report_rollup_span'), hashtext(?))", s -> {
            s.setString(1, day.shopId());
            s.executeQuery().close();
            return null;
        });
        Span largest = Span.of(day.day(), Span.MAX_LEVEL);
        NavigableSet<LocalDate> dirty = dirtyDays(day.shopId(), new ReportPeriod(largest.first(), largest.last()));
        SpanFigures sum = stored;
        Span half = new Span(day.day(), 0);
        for (int level = 1; level <= Span.MAX_LEVEL; level++) {
            Span span = Span.of(day.day(), level);
            if (!dirty.subSet(span.first(), true, span.last(), true).isEmpty()) {
                return;
            }
            List<Span> halves = span.halves();
            Span other = halves.get(0).equals(half) ? halves.get(1) : halves.get(0);
            sum = sum.plus(figures(day.shopId(), List.of(other), List.of(Dimension.values())).get(other));
            Span written = span;
            run("delete from report_rollup_span where shop_id = ? and level = ? and first_day = ?", s -> {
                s.setString(1, day.shopId());
                s.setInt(2, written.level());
                s.setDate(3, Date.valueOf(written.first()));
                return s.executeUpdate();
            });
            insert("insert into report_rollup_span (shop_id, first_day, level, dimension, row_key, currencies, figures)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", day.shopId(), Date.valueOf(span.first()), span.level(), sum);
            half = span;
        }
    }

    /**
     * Inserts the rows of a day (level null: report_rollup, whose currency column holds the one currency) or of
     * a span; the statement's parameters are shop, first day, [level,] dimension, key, currency, figures.
     */
    private void insert(String sql, String shopId, Date first, Integer level, SpanFigures figures) {
        run(sql, s -> {
            for (Map.Entry<RowKey, ConversionFigures> row : figures.rows().entrySet()) {
                int i = 1;
                s.setString(i++, shopId);
                s.setDate(i++, first);
                if (level != null) {
                    s.setInt(i++, level);
                }
                s.setString(i++, row.getKey().dimension().name());
                s.setString(i++, row.getKey().key());
                s.setString(i++, figures.currenciesColumn());
                s.setBytes(i, FiguresCodec.encode(row.getValue()));
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    /**
     * The calendar the shop's rollups follow, recorded as the given one if the shop has none yet; share-locked
     * until the transaction ends, so that a calendar change waits for the days being stored under the old one.
     */
    private ShopCalendar calendarOf(String shopId, ShopCalendar first) {
        run("insert into report_rollup_calendar (shop_id, time_zone, window_days) values (?, ?, ?)"
                + " on conflict (shop_id) do nothing", s -> {
                    s.setString(1, shopId);
                    s.setString(2, first.zone().getId());
                    s.setInt(3, first.windowDays());
                    return s.executeUpdate();
                });
        return run("select time_zone, window_days from report_rollup_calendar where shop_id = ? for share", s -> {
            s.setString(1, shopId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new ShopCalendar(ZoneId.of(r.getString(1)), r.getInt(2));
            }
        });
    }

    /**
     * Switches every shop whose rollups follow another calendar than the current one's: marks dirty each day
     * its rollups could hold (from its first to its last stored day, widened by the new window and the day a
     * zone change can shift) and records the new calendar. Returns the shops switched.
     */
    public List<String> switchCalendars(Function<String, ShopCalendar> current) {
        Map<String, ShopCalendar> stored = run("select shop_id, time_zone, window_days from report_rollup_calendar"
                + " for update", s -> {
                    Map<String, ShopCalendar> calendars = new TreeMap<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            calendars.put(r.getString(1), new ShopCalendar(ZoneId.of(r.getString(2)), r.getInt(3)));
                        }
                    }
                    return calendars;
                });
        List<String> switched = new ArrayList<>();
        stored.forEach((shopId, was) -> {
            ShopCalendar now = current.apply(shopId);
            if (now.equals(was)) {
                return;
            }
            int margin = now.windowDays() + 1;
            markDirty(run("select min(day), max(day) from report_rollup where shop_id = ?", s -> {
                s.setString(1, shopId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getDate(1) == null ? List.<ShopDay>of()
                            : r.getDate(1).toLocalDate().minusDays(margin)
                                    .datesUntil(r.getDate(2).toLocalDate().plusDays(margin + 1L))
                                    .map(d -> new ShopDay(shopId, d)).toList();
                }
            }));
            run("update report_rollup_calendar set time_zone = ?, window_days = ? where shop_id = ?", s -> {
                s.setString(1, now.zone().getId());
                s.setInt(2, now.windowDays());
                s.setString(3, shopId);
                return s.executeUpdate();
            });
            switched.add(shopId);
        });
        return switched;
    }

    /** Gives a claimed day back, to be tried again after the others. */
    public void release(ShopDay day) {
        run("update report_rollup_dirty set claimed_until = null, marked_at = now() where shop_id = ? and day = ?",
                s -> {
                    bindDay(s, day);
                    return s.executeUpdate();
                });
    }

    /** Days waiting to be recomputed, over all shops. */
    public long dirtyCount() {
        return run("select count(*) from report_rollup_dirty", s -> {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /**
     * What the rollups hold for a report.
     *
     * @param dirty the days whose rollup may be stale: read them from the raw facts
     * @param clean the other days' rows, the shop's and the dimension's
     */
    public record Stored(Set<LocalDate> dirty, DailyConversion clean) {
    }

    /**
     * The shop's rollups of the period, its rows and those of the dimension (null: the shop's only), with the
     * dirty days, in one statement so that both come from one snapshot.
     */
    public Stored load(String shopId, ReportPeriod period, Dimension dimension) {
        return run("select day, null, null, null, null from report_rollup_dirty where shop_id = ? and day between ? and ?"
                + " union all select day, dimension, row_key, currency, figures from report_rollup where shop_id = ?"
                + " and day between ? and ? and dimension in (?, ?)", s -> {
                    bindPeriod(s, shopId, period);
                    s.setString(4, shopId);
                    s.setDate(5, Date.valueOf(period.start()));
                    s.setDate(6, Date.valueOf(period.end()));
                    s.setString(7, Dimension.SHOP.name());
                    s.setString(8, (dimension == null ? Dimension.SHOP : dimension).name());
                    Set<LocalDate> dirty = new TreeSet<>();
                    SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> rows = new TreeMap<>();
                    SortedMap<LocalDate, String> currencies = new TreeMap<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            LocalDate day = r.getDate(1).toLocalDate();
                            if (r.getString(2) == null) {
                                dirty.add(day);
                                continue;
                            }
                            rows.computeIfAbsent(day, d -> new TreeMap<>()).put(
                                    new RowKey(Dimension.valueOf(r.getString(2)), r.getString(3)),
                                    FiguresCodec.decode(r.getBytes(5)));
                            if (r.getString(4) != null) {
                                currencies.put(day, r.getString(4));
                            }
                        }
                    }
                    rows.keySet().removeAll(dirty);
                    currencies.keySet().removeAll(dirty);
                    return new Stored(dirty,
                            new DailyConversion(period, DailyConversion.currencyOf(new TreeSet<>(currencies.values())), rows));
                });
    }

    /** What the rollups hold for a report summed over its period. */
    public record Summable(NavigableSet<LocalDate> dirty, Collection<SpanFigures> clean) {
    }

    /**
     * The shop's rollups for a report summed over the period: the fewest spans and days that cover it around
     * its dirty days, their rows of the shop and of the dimension (null: the shop's only). Two statements: a
     * day changed between them is read as it was before the change, as a report started a moment earlier
     * would have.
     */
    public Summable loadSummable(String shopId, ReportPeriod period, Dimension dimension) {
        NavigableSet<LocalDate> dirty = dirtyDays(shopId, period);
        List<Span> clean = Span.cover(period, dirty).stream()
                .filter(span -> span.level() > 0 || !dirty.contains(span.first())).toList();
        return new Summable(dirty, figures(shopId, clean,
                List.of(Dimension.SHOP, dimension == null ? Dimension.SHOP : dimension)).values());
    }

    private NavigableSet<LocalDate> dirtyDays(String shopId, ReportPeriod period) {
        return run("select day from report_rollup_dirty where shop_id = ? and day between ? and ?", s -> {
            bindPeriod(s, shopId, period);
            NavigableSet<LocalDate> days = new TreeSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    days.add(r.getDate(1).toLocalDate());
                }
            }
            return days;
        });
    }

    /** The rows of the dimensions of each day or span; those without facts have none. */
    private Map<Span, SpanFigures> figures(String shopId, List<Span> spans, List<Dimension> dimensions) {
        return run("select 0, day, dimension, row_key, currency, figures from report_rollup where shop_id = ?"
                + " and day = any(?) and dimension = any(?) union all select level, first_day, dimension, row_key,"
                + " currencies, figures from report_rollup_span where shop_id = ? and dimension = any(?)"
                + " and (level, first_day) in (select * from unnest(?::smallint[], ?::date[]))", s -> {
                    Connection c = s.getConnection();
                    Object[] names = dimensions.stream().map(Dimension::name).toArray();
                    s.setString(1, shopId);
                    s.setArray(2, c.createArrayOf("date", spans.stream().filter(span -> span.level() == 0)
                            .map(span -> Date.valueOf(span.first())).toArray()));
                    s.setArray(3, c.createArrayOf("varchar", names));
                    s.setString(4, shopId);
                    s.setArray(5, c.createArrayOf("varchar", names));
                    List<Span> higher = spans.stream().filter(span -> span.level() > 0).toList();
                    s.setArray(6, c.createArrayOf("int2", higher.stream().map(span -> (short) span.level()).toArray()));
                    s.setArray(7, c.createArrayOf("date", higher.stream().map(span -> Date.valueOf(span.first())).toArray()));
                    Map<Span, SortedMap<RowKey, ConversionFigures>> rows = new LinkedHashMap<>();
                    Map<Span, SortedSet<String>> currencies = new HashMap<>();
                    spans.forEach(span -> {
                        rows.put(span, new TreeMap<>());
                        currencies.put(span, new TreeSet<>());
                    });
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            Span span = new Span(r.getDate(2).toLocalDate(), r.getInt(1));
                            rows.get(span).put(new RowKey(Dimension.valueOf(r.getString(3)), r.getString(4)),
                                    FiguresCodec.decode(r.getBytes(6)));
                            currencies.get(span).addAll(SpanFigures.currenciesOf(r.getString(5)));
                        }
                    }
                    Map<Span, SpanFigures> result = new LinkedHashMap<>();
                    rows.forEach((span, byKey) -> result.put(span, new SpanFigures(byKey, currencies.get(span))));
                    return result;
                });
    }

    private static void bindDay(PreparedStatement s, ShopDay day) throws SQLException {
        s.setString(1, day.shopId());
        s.setDate(2, Date.valueOf(day.day()));
    }

    private static void bindPeriod(PreparedStatement s, String shopId, ReportPeriod period) throws SQLException {
        s.setString(1, shopId);
        s.setDate(2, Date.valueOf(period.start()));
        s.setDate(3, Date.valueOf(period.end()));
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Statement<T> body) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            return body.run(s);
        } catch (SQLException e) {
            throw new IllegalStateException("rollup store: " + e.getMessage(), e);
        }
    }
}
