package io.zhuanhua.chat.profile;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.zhuanhua.chat.analysis.DataRows;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * The lines of one or more cue files, read in order; the format is documented in the header of
 * {@code customer-cues-zh-v1.tsv}. Immutable once read.
 */
final class CueTable {

    enum Kind {
        LIT, SEQ, RE, CAT, HISTORY, STRATEGY, MASK, SYN, NEGATOR, NONNEG, PREFER, PARAM;

        static Kind of(String column) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(column)) {
                    return kind;
                }
            }
            return null;
        }
    }

    enum OnNegation {
        KEEP, FLIP, DROP
    }

    static final String SEQ_SEPARATOR = "~";
    static final String PAID_ORDERS = "paid_orders";

    /**
     * A cue on the words of a line; {@code pole} is null for a mask. {@code parts} are the literals of a
     * lit (one) or seq; {@code regex} is set for re.
     */
    record TextCue(Pole pole, Kind kind, String pattern, double weight, OnNegation onNegation, List<String> parts,
            Pattern regex) {
        String label() {
            return kind.name().toLowerCase(Locale.ROOT) + ":" + pattern;
        }

        boolean mask() {
            return pole == null;
        }
    }

    record CategoryCue(Pole pole, Category category, double weight) {
    }

    /** Weight per earlier paid order, for a pole. */
    record HistoryCue(Pole pole, double weight) {
    }

    record Synonym(String from, String to) {
    }

    private static final Map<String, Double> PARAM_DEFAULTS = Map.of("decide", 0.5, "negation_window", 2.0,
            "seq_gap", 3.0);

    private final Map<String, TextCue> textCues = new LinkedHashMap<>();
    private final Map<String, CategoryCue> categoryCues = new LinkedHashMap<>();
    private final Map<Pole, HistoryCue> historyCues = new EnumMap<>(Pole.class);
    private final Map<Pole, String> strategies = new EnumMap<>(Pole.class);
    private final Map<String, Synonym> synonyms = new LinkedHashMap<>();
    private final Set<String> negators = new LinkedHashSet<>();
    private final Set<String> nonNegating = new LinkedHashSet<>();
    private final Set<Pole> preferred = EnumSet.noneOf(Pole.class);
    private final Map<String, Double> params = new LinkedHashMap<>(PARAM_DEFAULTS);

    private CueTable() {
    }

    static CueTable read(Reader... sources) {
        CueTable table = new CueTable();
        for (int i = 0; i < sources.length; i++) {
            table.readSource(Objects.requireNonNull(sources[i], "cue reader"), "cue file #" + (i + 1));
        }
        double decide = table.param("decide");
        // At or below 0.25 a tie (s·(1−s) ≤ 0.25) could decide a pole: that would be a guess.
        if (!(decide > 0.25 && decide <= 1)) {
            throw new IllegalArgumentException("param decide must lie in (0.25,1]: " + decide);
        }
        if (table.param("negation_window") < 0 || table.param("seq_gap") < 0) {
            throw new IllegalArgumentException("negation_window and seq_gap must not be negative");
        }
        return table;
    }

    List<TextCue> textCues() {
        return List.copyOf(textCues.values());
    }

    List<CategoryCue> categoryCues() {
        return List.copyOf(categoryCues.values());
    }

    List<HistoryCue> historyCues() {
        return List.copyOf(historyCues.values());
    }

    Map<Pole, String> strategies() {
        return Map.copyOf(strategies);
    }

    List<Synonym> synonyms() {
        return List.copyOf(synonyms.values());
    }

    List<String> negators() {
        return List.copyOf(negators);
    }

    List<String> nonNegating() {
        return List.copyOf(nonNegating);
    }

    Set<Pole> preferred() {
        return Set.copyOf(preferred);
    }

    double param(String name) {
        return params.get(name);
    }

    private void readSource(Reader source, String name) {
        DataRows.read(source, name, this::add);
    }

    private void add(String[] columns) {
        if (columns.length < 3) {
            throw new IllegalArgumentException("expected at least pole, kind and pattern");
        }
        Kind kind = Kind.of(columns[1].trim());
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind '" + columns[1] + "'");
        }
        String pattern = columns[2];
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        switch (kind) {
            case LIT, SEQ, RE -> {
                columns(columns, 4, 5);
                Pole pole = pole(columns[0]);
                double weight = weight(columns[3]);
                OnNegation onNegation = columns.length == 5 ? onNegation(columns[4]) : OnNegation.DROP;
                String key = pole + "\t" + kind + "\t" + pattern;
                if (weight == 0) {
                    textCues.remove(key);
                } else {
                    textCues.put(key, textCue(pole, kind, pattern, weight, onNegation));
                }
            }
            case CAT -> {
                columns(columns, 4, 4);
                Pole pole = pole(columns[0]);
                Category category = category(pattern.trim());
                double weight = weight(columns[3]);
                String key = pole + "\t" + category;
                if (weight == 0) {
                    categoryCues.remove(key);
                } else {
                    categoryCues.put(key, new CategoryCue(pole, category, weight));
                }
            }
            case HISTORY -> {
                columns(columns, 4, 4);
                Pole pole = pole(columns[0]);
                if (!PAID_ORDERS.equals(pattern.trim())) {
                    throw new IllegalArgumentException("history knows only '" + PAID_ORDERS + "'");
                }
                double weight = weight(columns[3]);
                if (weight == 0) {
                    historyCues.remove(pole);
                } else {
                    historyCues.put(pole, new HistoryCue(pole, weight));
                }
            }
            case STRATEGY -> {
                columns(columns, 3, 3);
                strategies.put(pole(columns[0]), pattern.trim());
            }
            case MASK -> {
                columns(columns, 3, 3);
                wildcard(columns[0]);
                textCues.put("*\tMASK\t" + pattern, textCue(null, kind, pattern, 1, OnNegation.DROP));
            }
            case SYN -> {
                columns(columns, 4, 4);
                wildcard(columns[0]);
                if (columns[3].isEmpty()) {
                    throw new IllegalArgumentException("syn needs a replacement");
                }
                synonyms.put(pattern, new Synonym(pattern, columns[3]));
            }
            case NEGATOR -> {
                columns(columns, 3, 3);
                wildcard(columns[0]);
                negators.add(pattern);
            }
            case NONNEG -> {
                columns(columns, 3, 3);
                wildcard(columns[0]);
                nonNegating.add(pattern);
            }
            case PREFER -> {
                columns(columns, 3, 3);
                wildcard(columns[0]);
                preferred.add(pole(pattern));
            }
            case PARAM -> {
                columns(columns, 4, 4);
                wildcard(columns[0]);
                if (!PARAM_DEFAULTS.containsKey(pattern)) {
                    throw new IllegalArgumentException("unknown param '" + pattern + "'");
                }
                params.put(pattern, number(columns[3]));
            }
        }
    }

    private static TextCue textCue(Pole pole, Kind kind, String pattern, double weight, OnNegation onNegation) {
        return switch (kind) {
            case SEQ -> {
                List<String> parts = List.of(pattern.split(Pattern.quote(SEQ_SEPARATOR), -1));
                if (parts.size() < 2 || parts.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalArgumentException("seq needs two or more non-empty parts separated by '"
                            + SEQ_SEPARATOR + "'");
                }
                yield new TextCue(pole, kind, pattern, weight, onNegation, parts, null);
            }
            case RE -> {
                try {
                    yield new TextCue(pole, kind, pattern, weight, onNegation, List.of(), Pattern.compile(pattern));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("bad regex: " + e.getDescription());
                }
            }
            default -> new TextCue(pole, kind, pattern, weight, onNegation, List.of(pattern), null);
        };
    }

    private static void columns(String[] columns, int min, int max) {
        if (columns.length < min || columns.length > max) {
            throw new IllegalArgumentException("expected " + (min == max ? min : min + " or " + max) + " columns");
        }
    }

    private static Pole pole(String column) {
        String name = column.trim();
        for (Pole pole : Pole.values()) {
            if (pole != Pole.UNKNOWN && pole.name().equals(name)) {
                return pole;
            }
        }
        throw new IllegalArgumentException("unknown pole '" + name + "'");
    }

    private static Category category(String name) {
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + name + "'");
    }

    private static OnNegation onNegation(String column) {
        for (OnNegation value : OnNegation.values()) {
            if (value.name().equalsIgnoreCase(column.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("negation must be keep, flip or drop, not '" + column + "'");
    }

    private static void wildcard(String column) {
        if (!"*".equals(column.trim())) {
            throw new IllegalArgumentException("mask, syn, negator, nonneg, prefer and param lines start with '*'");
        }
    }

    private static double weight(String column) {
        double weight = number(column);
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must lie in [0,1]");
        }
        return weight;
    }

    private static double number(String column) {
        try {
            return Double.parseDouble(column.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + column + "'");
        }
    }
}
