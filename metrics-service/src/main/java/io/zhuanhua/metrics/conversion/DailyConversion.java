package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.zhuanhua.kit.error.PreconditionFailedException;

/**
 * The figures of each day of a period, by row: the shop's row on every day (zeros where nothing happened),
 * and the rows of each dimension (agents, hours, products, categories, platforms) where it had something.
 * One day of it is what a rollup stores.
 *
 * @param currency the currency of every amount; null when nothing was sold
 */
public record DailyConversion(ReportPeriod period, String currency,
        SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> rows) {

    public DailyConversion {
        SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> complete = new TreeMap<>();
        rows.forEach((day, byKey) -> {
            if (period.contains(day)) {
                complete.put(day, Collections.unmodifiableSortedMap(new TreeMap<>(byKey)));
            }
        });
        period.days().forEach(day -> complete.merge(day, new TreeMap<>(Map.of(RowKey.SHOP, ConversionFigures.ZERO)),
                (existing, zero) -> {
                    if (existing.containsKey(RowKey.SHOP)) {
                        return existing;
                    }
                    SortedMap<RowKey, ConversionFigures> withShop = new TreeMap<>(existing);
                    withShop.put(RowKey.SHOP, ConversionFigures.ZERO);
                    return Collections.unmodifiableSortedMap(withShop);
                }));
        rows = Collections.unmodifiableSortedMap(complete);
    }

    /** The one currency of a period's sales; null when nothing was sold. Amounts in several cannot be summed. */
    public static String currencyOf(Set<String> currencies) {
        if (currencies.size() > 1) {
            throw new PreconditionFailedException("the shop's paid orders in this period are in several currencies "
                    + currencies + "; CS sales cannot be summed");
        }
        return currencies.isEmpty() ? null : currencies.iterator().next();
    }

    /** The shop's figures of every day of the period. */
    public SortedMap<LocalDate, ConversionFigures> shop() {
        SortedMap<LocalDate, ConversionFigures> shop = new TreeMap<>();
        rows.forEach((day, byKey) -> shop.put(day, byKey.get(RowKey.SHOP)));
        return shop;
    }

    /** Each day's rows of one dimension, keyed by the row's key; days without such rows are left out. */
    public SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> of(Dimension dimension) {
        SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> result = new TreeMap<>();
        rows.forEach((day, byKey) -> byKey.forEach((key, figures) -> {
            if (key.dimension() == dimension) {
                result.computeIfAbsent(day, d -> new TreeMap<>()).put(key, figures);
            }
        }));
        return result;
    }

    /** Each day's party rows (only the parties that served an inquiry or answered a buyer that day). */
    public SortedMap<LocalDate, SortedMap<Party, ConversionFigures>> parties() {
        SortedMap<LocalDate, SortedMap<Party, ConversionFigures>> result = new TreeMap<>();
        of(Dimension.AGENT).forEach((day, byKey) -> {
            SortedMap<Party, ConversionFigures> byParty = new TreeMap<>();
            byKey.forEach((key, figures) -> byParty.put(key.party(), figures));
            result.put(day, byParty);
        });
        return result;
    }
}
