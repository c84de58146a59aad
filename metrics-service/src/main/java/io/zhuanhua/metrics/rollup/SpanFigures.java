package io.zhuanhua.metrics.rollup;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.RowKey;

/**
 * The rows of a span (or a day) and the currencies of its sales; a day or span without facts has none.
 * Several currencies are kept rather than refused: only a report that sums them must fail.
 */
public record SpanFigures(SortedMap<RowKey, ConversionFigures> rows, SortedSet<String> currencies) {
    public static final SpanFigures EMPTY = new SpanFigures(new TreeMap<>(), new TreeSet<>());

    public SpanFigures {
        rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
        currencies = Collections.unmodifiableSortedSet(new TreeSet<>(currencies));
    }

    /** The figures of both, summed row by row. */
    public SpanFigures plus(SpanFigures other) {
        SortedMap<RowKey, ConversionFigures> sum = new TreeMap<>(rows);
        other.rows.forEach((key, figures) -> sum.merge(key, figures, (a, b) -> ConversionFigures.sum(List.of(a, b))));
        SortedSet<String> both = new TreeSet<>(currencies);
        both.addAll(other.currencies);
        return new SpanFigures(sum, both);
    }

    /** The stored form of the currencies (column report_rollup_span.currencies); null for none. */
    String currenciesColumn() {
        return currencies.isEmpty() ? null : String.join(" ", currencies);
    }

    static Set<String> currenciesOf(String column) {
        return column == null ? Set.of() : Set.of(column.split(" "));
    }
}
