package io.zhuanhua.chat.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * The lines of one or more lexicon files, read in order; the format is documented in the header of
 * {@code lexicon-zh-v1.tsv}. A later line with the same category, kind and pattern replaces an earlier
 * one, and weight 0 removes it: that is how a shop's lexicon corrects the default one.
 */
final class Lexicon {

    enum Kind {
        LIT, SEQ, RE, NEG, CTX, SYN, PARAM;

        static Kind of(String column) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(column)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A cue that scores or modifies one category. {@code extra} is the seq gap or the regex gates. */
    record Cue(Category category, Kind kind, String pattern, double weight, String extra) {
    }

    /** A rewrite applied to the normalised text before matching (typos, pinyin, English). */
    record Synonym(String from, String to) {
    }

    static final String SEQ_SEPARATOR = "~";
    static final int MAX_SEQ_PARTS = 8;
    static final String GATE_SEPARATOR = "|";

    private final Map<String, Cue> cues = new LinkedHashMap<>();
    private final Map<String, Synonym> synonyms = new LinkedHashMap<>();
    private final Map<String, Double> params = new LinkedHashMap<>();

    static Lexicon read(Reader... sources) {
        Lexicon lexicon = new Lexicon();
        for (int i = 0; i < sources.length; i++) {
            lexicon.readSource(Objects.requireNonNull(sources[i], "lexicon reader"), "lexicon #" + (i + 1));
        }
        return lexicon;
    }

    Collection<Cue> cues() {
        return cues.values();
    }

    Collection<Synonym> synonyms() {
        return synonyms.values();
    }

    double param(String name, double fallback) {
        return params.getOrDefault(name, fallback);
    }

    private void readSource(Reader source, String name) {
        DataRows.read(source, name, this::add);
    }

    private void add(String[] columns) {
        if (columns.length < 4 || columns.length > 5) {
            throw new IllegalArgumentException("expected category, kind, pattern, weight and an optional fifth column");
        }
        Kind kind = Kind.of(columns[1].trim());
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind '" + columns[1] + "'");
        }
        String pattern = columns[2];
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        String value = columns[3].trim();
        String extra = columns.length == 5 ? columns[4].trim() : "";
        switch (kind) {
            case SYN -> {
                requireWildcard(columns[0]);
                if (value.isEmpty()) {
                    synonyms.remove(pattern);
                } else {
                    synonyms.put(pattern, new Synonym(pattern, value));
                }
            }
            case PARAM -> {
                requireWildcard(columns[0]);
                params.put(pattern, number(value));
            }
            default -> {
                Category category = category(columns[0].trim());
                double weight = number(value);
                if (weight < 0 || weight > 1) {
                    throw new IllegalArgumentException("weight must lie in [0,1]");
                }
                validate(kind, pattern, extra);
                String key = category + "\t" + kind + "\t" + pattern;
                if (weight == 0) {
                    cues.remove(key);
                } else {
                    cues.put(key, new Cue(category, kind, pattern, weight, extra));
                }
            }
        }
    }

    private static void validate(Kind kind, String pattern, String extra) {
        switch (kind) {
            case SEQ -> {
                if (pattern.split(Pattern.quote(SEQ_SEPARATOR), -1).length < 2 || pattern.contains(SEQ_SEPARATOR + SEQ_SEPARATOR)
                        || pattern.startsWith(SEQ_SEPARATOR) || pattern.endsWith(SEQ_SEPARATOR)) {
                    throw new IllegalArgumentException("seq needs two or more non-empty parts separated by '" + SEQ_SEPARATOR + "'");
                }
                if (parts(pattern).size() > MAX_SEQ_PARTS) {
                    throw new IllegalArgumentException("seq takes at most " + MAX_SEQ_PARTS + " parts");
                }
                if (!extra.isEmpty()) {
                    number(extra);
                }
            }
            case RE -> {
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("bad regex: " + e.getDescription());
                }
            }
            default -> {
                if (!extra.isEmpty()) {
                    throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " takes no fifth column");
                }
            }
        }
    }

    private static Category category(String name) {
        for (Category category : Category.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + name + "'");
    }

    private static void requireWildcard(String category) {
        if (!"*".equals(category.trim())) {
            throw new IllegalArgumentException("syn and param lines apply to all categories: write '*'");
        }
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + value + "'");
        }
    }

    /** The parts of a seq pattern. */
    static List<String> parts(String seqPattern) {
        return List.of(seqPattern.split(Pattern.quote(SEQ_SEPARATOR)));
    }

    /** The gate literals of a regex cue; empty means the regex runs on every line. */
    static List<String> gates(String extra) {
        List<String> gates = new ArrayList<>();
        for (String gate : extra.split(Pattern.quote(GATE_SEPARATOR))) {
            if (!gate.isEmpty()) {
                gates.add(gate);
            }
        }
        return gates;
    }
}
