package io.zhuanhua.metrics.rollup;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.DailyConversion;
import io.zhuanhua.metrics.conversion.Dimension;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.RowKey;

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
     * another refresher has already stored the day.
     */
    public boolean store(Claim claim, DailyConversion computed) {
        ShopDay day = claim.day();
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
        run("insert into report_rollup (shop_id, day, dimension, row_key, currency, figures) values (?, ?, ?, ?, ?, ?)",
                s -> {
                    for (Map.Entry<RowKey, ConversionFigures> row : computed.rows().get(day.day()).entrySet()) {
                        bindDay(s, day);
                        s.setString(3, row.getKey().dimension().name());
                        s.setString(4, row.getKey().key());
                        s.setString(5, computed.currency());
                        s.setBytes(6, FiguresCodec.encode(row.getValue()));
                        s.addBatch();
                    }
                    return s.executeBatch();
                });
        if (generation == claim.generation()) {
            run("delete from report_rollup_dirty where shop_id = ? and day = ?", s -> {
                bindDay(s, day);
                return s.executeUpdate();
            });
        } else {
            release(day);
        }
        return true;
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
