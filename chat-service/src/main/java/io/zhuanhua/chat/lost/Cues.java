package io.zhuanhua.chat.lost;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;

import io.zhuanhua.chat.analysis.DataRows;
import io.zhuanhua.chat.analysis.LiteralAutomaton;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.kit.taxonomy.LossSignal;

/**
 * The cue tables of {@code loss-cues-zh-v1.tsv} (format in its header): phrases per section, and the
 * question categories that open each signal's topic. Immutable once read.
 */
final class Cues {

    /** Cues of one group are matched together: a cue inside a longer cue of its group is dropped. */
    enum Group {
        STOCK, CARRIER, COURIER, BARGAIN, SIZE, QUALITY, AUTHENTICITY, FEE, DISPATCH, PAGE, HANDLING, ITEM
    }

    enum Section {
        STOCK_OUT, STOCK_NOT,
        CARRIER_NAME, CARRIER_NOT,
        COURIER_REFUSE, COURIER_NOCHOICE, COURIER_ONLY, COURIER_OFFER, COURIER_NOT,
        BARGAIN_REFUSE, BARGAIN_CONCEDE, BARGAIN_NOT,
        SIZE_ANSWER, SIZE_DOUBT, SIZE_NOT,
        QUALITY_DOUBT, QUALITY_NOT,
        AUTHENTICITY_DOUBT, AUTHENTICITY_NOT,
        FEE_OBJECTION, FEE_REACT, FEE_QUOTE, FEE_NOT,
        DISPATCH_SLOW, DISPATCH_COMPLAIN, DISPATCH_NOT,
        PAGE_BUYER, PAGE_AGENT, PAGE_NOT,
        HANDLING_COMPLAIN, HANDLING_NOT,
        ITEM_ID;

        final Group group = Group.valueOf(name().substring(0, name().indexOf('_')));
        /** A shield: only there to hide the cues inside it. */
        final boolean shield = name().endsWith("_NOT");
        /** As written in the file: {@code stock.out}. */
        final String key = name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    /**
     * A cue found in a folded line: [start, end) in the folded text, [rawStart, rawEnd) in the line as written,
     * the folded clause it starts in; value as the table gives it. Self-contained, so that a scanned line can be
     * kept without its folding.
     */
    record Hit(Section section, String value, int start, int end, int rawStart, int rawEnd, int clause) {
        int length() {
            return end - start;
        }

        boolean inside(Hit other) {
            return other.start <= start && end <= other.end && other.length() > length();
        }
    }

    private record Cue(Section section, String literal, Pattern regex, String value) {
    }

    /** A hit and the file position of its cue, which orders hits of equal span as the file does. */
    private record Found(Hit hit, int order) {
    }

    static final String REGEX_PREFIX = "re:";
    private static final String TRIGGER = "trigger";
    private static final Comparator<Hit> IN_LINE_ORDER = Comparator.comparingInt(Hit::start)
            .thenComparing(Comparator.comparingInt(Hit::length).reversed());
    /** The order the cues were tried in before the automaton: by file position, then along the line. */
    private static final Comparator<Found> FILE_ORDER = Comparator.comparingInt(Found::order)
            .thenComparingInt(f -> f.hit().start());

    /** Every cue in file order; literal cues are also found through {@link #literals} in one pass. */
    private final List<Cue> cues;
    private final LiteralAutomaton literals;
    /** Literal id in {@link #literals} to index in {@link #cues}. */
    private final int[] literalCue;
    /** Indexes in {@link #cues} of the few regex cues: a line is not walked past the hundreds of literal ones. */
    private final int[] regexCues;
    private final Map<LossSignal, Set<Category>> triggers;

    private Cues(List<Cue> cues, Map<LossSignal, Set<Category>> triggers) {
        this.cues = cues;
        List<String> literalTexts = new ArrayList<>();
        List<Integer> literalIndexes = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).literal() != null) {
                literalTexts.add(cues.get(i).literal());
                literalIndexes.add(i);
            }
        }
        boolean[] words = new boolean[literalTexts.size()];
        Arrays.fill(words, true); // a latin cue is a word: "sf" is no courier inside "sfx"
        this.literals = new LiteralAutomaton(literalTexts, words);
        this.literalCue = literalIndexes.stream().mapToInt(Integer::intValue).toArray();
        this.regexCues = IntStream.range(0, cues.size()).filter(i -> cues.get(i).regex() != null).toArray();
        this.triggers = triggers;
    }

    /** Whether a buyer line with these categories opens the signal's topic. */
    boolean triggers(LossSignal signal, Collection<Category> categories) {
        Set<Category> opening = triggers.get(signal);
        return opening != null && categories.stream().anyMatch(opening::contains);
    }

    /** The cues of every group found in a line, shields applied, each group in line order. */
    CueHits scan(FoldedLine line) {
        String text = line.text();
        Map<Group, List<Found>> hits = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            hits.put(group, new ArrayList<>());
        }
        literals.scan(text, (literal, start, end) -> {
            Cue cue = cues.get(literalCue[literal]);
            hits.get(cue.section().group).add(new Found(hit(line, cue.section(), cue.value(), start, end), literalCue[literal]));
        });
        for (int i : regexCues) {
            Cue cue = cues.get(i);
            findRegex(cue, i, line, hits.get(cue.section().group));
        }
        Map<Group, List<Hit>> found = new EnumMap<>(Group.class);
        hits.forEach((group, groupHits) -> {
            if (groupHits.isEmpty()) {
                return;
            }
            groupHits.sort(FILE_ORDER);
            List<Hit> kept = new ArrayList<>();
            for (Found f : groupHits) {
                Hit hit = f.hit();
                if (!hit.section().shield && groupHits.stream().noneMatch(other -> hit.inside(other.hit()))) {
                    kept.add(hit);
                }
            }
            kept.sort(IN_LINE_ORDER);
            if (!kept.isEmpty()) {
                found.put(group, List.copyOf(kept));
            }
        });
        return CueHits.of(found);
    }

    private static Hit hit(FoldedLine line, Section section, String value, int start, int end) {
        return new Hit(section, value, start, end, line.rawStart(start), line.rawEnd(end), line.clause(start));
    }

    private static void findRegex(Cue cue, int order, FoldedLine line, List<Found> hits) {
        Matcher m = cue.regex().matcher(line.text());
        while (m.find()) {
            boolean captured = m.groupCount() >= 1 && m.group(1) != null;
            int start = captured ? m.start(1) : m.start();
            int end = captured ? m.end(1) : m.end();
            if (end > start) {
                hits.add(new Found(hit(line, cue.section(), captured ? m.group(1) : cue.value(), start, end), order));
            }
        }
    }

    /**
     * Reads a cue file. A repeated section and pattern replaces the earlier line.
     *
     * @throws IllegalArgumentException naming the line, for an unknown section, signal or category, a bad
     *         regex or a missing column
     */
    static Cues read(Reader source, String name) {
        Map<String, Cue> byKey = new LinkedHashMap<>();
        Map<LossSignal, Set<Category>> triggers = new EnumMap<>(LossSignal.class);
        DataRows.read(source, name, columns -> {
            if (columns.length < 2 || columns.length > 3 || columns[1].isEmpty()) {
                throw new IllegalArgumentException("expected section, pattern and an optional value");
            }
            String value = columns.length == 3 ? columns[2].trim() : "";
            if (TRIGGER.equals(columns[0].trim())) {
                triggers.computeIfAbsent(signal(columns[1].trim()), s -> EnumSet.noneOf(Category.class))
                        .add(category(value));
            } else {
                Cue cue = cue(section(columns[0].trim()), columns[1], value);
                byKey.put(cue.section().key + "\t" + columns[1], cue);
            }
        });
        Map<LossSignal, Set<Category>> frozen = new EnumMap<>(LossSignal.class);
        triggers.forEach((signal, categories) -> frozen.put(signal, Set.copyOf(categories)));
        return new Cues(List.copyOf(byKey.values()), frozen);
    }

    private static Cue cue(Section section, String pattern, String value) {
        if (section == Section.CARRIER_NAME && value.isEmpty()) {
            throw new IllegalArgumentException("a carrier name needs its canonical name as value");
        }
        if (!pattern.startsWith(REGEX_PREFIX)) {
            // cues are matched against folded text, so a cue written otherwise would never match
            if (!FoldedLine.of(pattern).text().equals(pattern)) {
                throw new IllegalArgumentException("literal not in folded form (lower case, simplified, no punctuation)");
            }
            return new Cue(section, pattern, null, value);
        }
        try {
            return new Cue(section, null, Pattern.compile(pattern.substring(REGEX_PREFIX.length())), value);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex: " + e.getDescription());
        }
    }

    private static Section section(String key) {
        for (Section section : Section.values()) {
            if (section.key.equals(key)) {
                return section;
            }
        }
        throw new IllegalArgumentException("unknown section '" + key + "'");
    }

    private static LossSignal signal(String name) {
        try {
            return LossSignal.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown signal '" + name + "'");
        }
    }

    private static Category category(String name) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category '" + name + "'");
        }
    }
}
