package io.zhuanhua.chat.analysis;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * Finds the question categories of one buyer line. The knowledge is in the lexicon (weighted literal,
 * sequence and regex cues per category, plus negative and context cues); this class is a generic
 * engine:
 * <ol>
 *   <li>normalise the line ({@link TextNormalizer}) and rewrite the lexicon's synonyms (typos, pinyin);</li>
 *   <li>one Aho–Corasick pass finds all literal cues, sequence parts, regex gates and modifiers;
 *       the few regex cues run only when one of their gate literals occurred;</li>
 *   <li>a cue lying inside a longer cue's span, of at least its weight, is dropped: the more specific
 *       phrase decides ("退货运费" is return shipping, not a return plus a shipping fee), while a weak
 *       frame such as "是…的吗" does not swallow the strong cue inside it;</li>
 *   <li>overlapping cues of one category count once, with their best weight; separate pieces of
 *       evidence combine as noisy-OR, 1 − Π(1 − w); context cues add only to a category that already
 *       has evidence, negative cues scale it by (1 − w);</li>
 *   <li>steering categories (greeting, thanks, human agent) are scaled down when a real question is
 *       present, so the question comes first;</li>
 *   <li>the first question of a line decides (DOMAIN: "the first real question decides the main
 *       category"): each strong real question is discounted once per strong question before it;</li>
 *   <li>every category above the threshold (and above a share of the best) is returned, most confident
 *       first, earlier in the line first on ties; OTHER when none is.</li>
 * </ol>
 * Immutable and thread-safe: a call allocates only its own small working state.
 */
public final class QuestionClassifier {

    public static final String DEFAULT_LEXICON = "/analysis/lexicon-zh-v1.tsv";

    /** A chat line is short; beyond this only the start is read (bounds the work and the hit packing). */
    static final int MAX_LINE = 2_000;

    private static final Category[] CATEGORIES = Category.values();
    private static final boolean[] REAL_QUESTION = new boolean[CATEGORIES.length];
    private static final int DEFAULT_SEQ_GAP = 4;
    private static final Comparator<Match> BY_START = Comparator.comparingInt(Match::start);
    private static final Comparator<int[]> LEFTMOST_LONGEST =
            Comparator.<int[]>comparingInt(h -> h[1]).thenComparingInt(h -> h[1] - h[2]);

    static {
        for (Category c : CATEGORIES) {
            REAL_QUESTION[c.ordinal()] = c.realQuestion();
        }
    }

    private final TextNormalizer normalizer;
    private final double threshold;
    private final double relative;
    private final double steering;
    private final double lead;
    private final double positionDiscount;

    private final LiteralAutomaton synonymAutomaton;
    private final String[] synonymFrom;
    private final String[] synonymTo;

    private final LiteralAutomaton literals;
    /** Per literal id: what an occurrence means (a cue, a sequence part, a regex gate or a modifier). */
    private final Use[][] uses;

    private final Category[] cueCategory;
    private final double[] cueWeight;
    private final String[] cueLabel;
    private final int[] seqParts;
    private final int[] seqGap;
    /** Regex cue per regex slot; the cue index of each slot; whether it runs without a gate. */
    private final Pattern[] regex;
    private final int[] regexCue;
    private final boolean[] regexUngated;

    private final Category[] modifierCategory;
    private final double[] modifierWeight;
    private final boolean[] modifierNegative;

    private record Use(Role role, int index, int part) {
    }

    private enum Role { CUE, SEQ_PART, GATE, MODIFIER }

    /** An occurrence of a cue; {@code parts} holds [start, end) pairs of its literal pieces. */
    private record Match(int cue, double weight, int start, int end, int[] parts) {
        int length() {
            return end - start;
        }

        boolean covers(Match inner) {
            if (length() <= inner.length() || weight < inner.weight) {
                return false;
            }
            for (int i = 0; i < parts.length; i += 2) {
                if (parts[i] <= inner.start && inner.end <= parts[i + 1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class DefaultHolder {
        static final QuestionClassifier INSTANCE = fromLexicon(defaultLexicon());
    }

    /** The classifier with the bundled, versioned lexicon ({@value #DEFAULT_LEXICON}). */
    public static QuestionClassifier defaults() {
        return DefaultHolder.INSTANCE;
    }

    /** Opens the bundled lexicon, e.g. to put it first in {@link #fromLexicon} before a shop's own lines. */
    public static Reader defaultLexicon() {
        InputStream in = QuestionClassifier.class.getResourceAsStream(DEFAULT_LEXICON);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_LEXICON);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A classifier from lexicon sources read in order; later lines extend or override earlier ones. */
    public static QuestionClassifier fromLexicon(Reader... lexicons) {
        return new QuestionClassifier(Lexicon.read(lexicons), TextNormalizer.defaults());
    }

    private QuestionClassifier(Lexicon lexicon, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        threshold = lexicon.param("threshold", 0.35);
        relative = lexicon.param("relative", 0.3);
        steering = lexicon.param("steering", 0.5);
        lead = lexicon.param("lead", 0.6);
        positionDiscount = lexicon.param("position", 0.2);

        List<Lexicon.Synonym> synonyms = new ArrayList<>(lexicon.synonyms());
        synonymFrom = new String[synonyms.size()];
        synonymTo = new String[synonyms.size()];
        for (int i = 0; i < synonyms.size(); i++) {
            synonymFrom[i] = synonyms.get(i).from();
            synonymTo[i] = synonyms.get(i).to();
        }
        boolean[] synonymWords = new boolean[synonymFrom.length];
        Arrays.fill(synonymWords, true);
        synonymAutomaton = new LiteralAutomaton(Arrays.asList(synonymFrom), synonymWords);

        List<Lexicon.Cue> scoring = new ArrayList<>();
        List<Lexicon.Cue> modifiers = new ArrayList<>();
        for (Lexicon.Cue cue : lexicon.cues()) {
            (cue.kind() == Lexicon.Kind.NEG || cue.kind() == Lexicon.Kind.CTX ? modifiers : scoring).add(cue);
        }

        Map<String, Integer> literalIds = new HashMap<>();
        List<String> literalList = new ArrayList<>();
        List<Boolean> wordList = new ArrayList<>();
        List<List<Use>> useList = new ArrayList<>();
        cueCategory = new Category[scoring.size()];
        cueWeight = new double[scoring.size()];
        cueLabel = new String[scoring.size()];
        seqParts = new int[scoring.size()];
        seqGap = new int[scoring.size()];
        List<Pattern> regexList = new ArrayList<>();
        List<Integer> regexCueList = new ArrayList<>();
        List<Boolean> ungatedList = new ArrayList<>();
        for (int c = 0; c < scoring.size(); c++) {
            Lexicon.Cue cue = scoring.get(c);
            cueCategory[c] = cue.category();
            cueWeight[c] = cue.weight();
            cueLabel[c] = cue.category() + ":" + cue.kind().name().toLowerCase(Locale.ROOT) + ":" + cue.pattern();
            switch (cue.kind()) {
                case LIT -> use(literalIds, literalList, wordList, useList, cue.pattern(), true, new Use(Role.CUE, c, 0));
                case SEQ -> {
                    List<String> parts = Lexicon.parts(cue.pattern());
                    seqParts[c] = parts.size();
                    seqGap[c] = cue.extra().isEmpty() ? DEFAULT_SEQ_GAP : (int) Double.parseDouble(cue.extra());
                    for (int p = 0; p < parts.size(); p++) {
                        use(literalIds, literalList, wordList, useList, parts.get(p), true, new Use(Role.SEQ_PART, c, p));
                    }
                }
                case RE -> {
                    int slot = regexList.size();
                    regexList.add(Pattern.compile(cue.pattern()));
                    regexCueList.add(c);
                    List<String> gates = Lexicon.gates(cue.extra());
                    ungatedList.add(gates.isEmpty());
                    for (String gate : gates) {
                        // a gate only decides whether its regex runs, so it may fire inside a latin word
                        use(literalIds, literalList, wordList, useList, gate, false, new Use(Role.GATE, slot, 0));
                    }
                }
                default -> throw new IllegalStateException(cue.kind().name());
            }
        }
        regex = regexList.toArray(new Pattern[0]);
        regexCue = regexCueList.stream().mapToInt(Integer::intValue).toArray();
        regexUngated = new boolean[ungatedList.size()];
        for (int i = 0; i < regexUngated.length; i++) {
            regexUngated[i] = ungatedList.get(i);
        }

        modifierCategory = new Category[modifiers.size()];
        modifierWeight = new double[modifiers.size()];
        modifierNegative = new boolean[modifiers.size()];
        for (int m = 0; m < modifiers.size(); m++) {
            Lexicon.Cue cue = modifiers.get(m);
            modifierCategory[m] = cue.category();
            modifierWeight[m] = cue.weight();
            modifierNegative[m] = cue.kind() == Lexicon.Kind.NEG;
            use(literalIds, literalList, wordList, useList, cue.pattern(), true, new Use(Role.MODIFIER, m, 0));
        }

        boolean[] words = new boolean[wordList.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = wordList.get(i);
        }
        literals = new LiteralAutomaton(literalList, words);
        uses = new Use[useList.size()][];
        for (int i = 0; i < uses.length; i++) {
            uses[i] = useList.get(i).toArray(new Use[0]);
        }
    }

    /** Registers one meaning of a literal; the same text as a word and as a gate are two literals. */
    private static void use(Map<String, Integer> ids, List<String> literals, List<Boolean> words, List<List<Use>> uses,
                            String literal, boolean word, Use use) {
        String key = (word ? "w:" : "g:") + literal;
        Integer id = ids.get(key);
        if (id == null) {
            id = literals.size();
            ids.put(key, id);
            literals.add(literal);
            words.add(word);
            uses.add(new ArrayList<>());
        }
        uses.get(id).add(use);
    }

    /** The categories of one buyer line, most confident first; never empty. */
    public List<CategoryScore> classify(String text) {
        String line = prepare(text);
        if (line.isEmpty()) {
            return List.of(new CategoryScore(Category.OTHER, 1.0));
        }
        List<Match> matches = new ArrayList<>();
        double[] score = score(line, matches);
        int[] first = new int[CATEGORIES.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (Match m : matches) {
            int c = cueCategory[m.cue].ordinal();
            first[c] = Math.min(first[c], m.start);
        }

        discountLaterQuestions(score, first);
        double best = 0;
        for (double s : score) {
            best = Math.max(best, s);
        }
        // At most a handful of categories pass: insertion sort, most confident first, earlier first on ties.
        int[] order = new int[CATEGORIES.length];
        int count = 0;
        for (int c = 0; c < score.length; c++) {
            if (score[c] >= threshold && score[c] >= relative * best) {
                int at = count++;
                while (at > 0 && (score[order[at - 1]] < score[c]
                        || (score[order[at - 1]] == score[c] && first[order[at - 1]] > first[c]))) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = c;
            }
        }
        if (count == 0) {
            return List.of(new CategoryScore(Category.OTHER, 1.0 - best));
        }
        CategoryScore[] found = new CategoryScore[count];
        for (int i = 0; i < count; i++) {
            found[i] = new CategoryScore(CATEGORIES[order[i]], Math.min(1.0, score[order[i]]));
        }
        return List.of(found);
    }

    /** A strong real question asked after k other strong ones keeps (1 - position)^k of its score. */
    private void discountLaterQuestions(double[] score, int[] first) {
        int[] asked = new int[CATEGORIES.length];
        int count = 0;
        for (int c = 0; c < score.length; c++) {
            if (REAL_QUESTION[c] && score[c] >= lead) {
                asked[count++] = c;
            }
        }
        double[] factor = new double[count];
        for (int i = 0; i < count; i++) {
            int earlier = 0;
            for (int j = 0; j < count; j++) {
                if (first[asked[j]] < first[asked[i]]) {
                    earlier++;
                }
            }
            factor[i] = Math.pow(1.0 - positionDiscount, earlier);
        }
        for (int i = 0; i < count; i++) {
            score[asked[i]] *= factor[i];
        }
    }

    /** The normalised, rewritten line and the cues that decided it: for evaluation reports. */
    String explain(String text) {
        String line = prepare(text);
        List<Match> matches = new ArrayList<>();
        score(line, matches);
        StringBuilder out = new StringBuilder(line);
        for (Match m : matches) {
            out.append("  ").append(cueLabel[m.cue]).append('@').append(m.start);
        }
        return out.toString();
    }

    private String prepare(String text) {
        String line = rewrite(normalizer.normalize(text));
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }

    /** Category scores of a normalised line; {@code survivors} receives the matches that counted. */
    private double[] score(String line, List<Match> survivors) {
        List<Match> matches = new ArrayList<>();
        SeqHits seqHits = new SeqHits();
        boolean[] gateOpen = new boolean[regex.length];
        boolean[] modifierOn = new boolean[modifierWeight.length];
        literals.scan(line, (literal, start, end) -> {
            for (Use use : uses[literal]) {
                switch (use.role) {
                    case CUE -> matches.add(new Match(use.index, cueWeight[use.index], start, end, new int[] {start, end}));
                    case SEQ_PART -> seqHits.add(use.index, use.part, start, end);
                    case GATE -> gateOpen[use.index] = true;
                    case MODIFIER -> modifierOn[use.index] = true;
                }
            }
        });
        if (seqHits.size > 0) {
            chainSequences(seqHits, matches);
        }
        for (int r = 0; r < regex.length; r++) {
            if (regexUngated[r] || gateOpen[r]) {
                Matcher m = regex[r].matcher(line);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        matches.add(new Match(regexCue[r], cueWeight[regexCue[r]], m.start(), m.end(), new int[] {m.start(), m.end()}));
                    }
                }
            }
        }

        for (Match inner : matches) {
            boolean covered = false;
            for (Match outer : matches) {
                if (outer != inner && outer.covers(inner)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                survivors.add(inner);
            }
        }
        survivors.sort(BY_START);

        // Overlapping cues of one category are one piece of evidence (their best weight); only
        // separate spans combine, so "有货" and "有~货" on the same words do not inflate STOCK.
        double[] miss = new double[CATEGORIES.length];
        double[] clusterBest = new double[CATEGORIES.length];
        int[] clusterEnd = new int[CATEGORIES.length];
        Arrays.fill(miss, 1.0);
        BitSet counted = new BitSet();
        for (Match m : survivors) {
            if (counted.get(m.cue)) {
                continue;
            }
            counted.set(m.cue);
            int c = cueCategory[m.cue].ordinal();
            if (clusterBest[c] > 0 && m.start < clusterEnd[c]) {
                clusterBest[c] = Math.max(clusterBest[c], cueWeight[m.cue]);
                clusterEnd[c] = Math.max(clusterEnd[c], m.end);
            } else {
                miss[c] *= 1.0 - clusterBest[c];
                clusterBest[c] = cueWeight[m.cue];
                clusterEnd[c] = m.end;
            }
        }
        for (int c = 0; c < miss.length; c++) {
            miss[c] *= 1.0 - clusterBest[c];
        }

        double[] score = new double[CATEGORIES.length];
        for (int c = 0; c < score.length; c++) {
            score[c] = 1.0 - miss[c];
        }
        for (int m = 0; m < modifierOn.length; m++) {
            int c = modifierCategory[m].ordinal();
            if (modifierOn[m] && !modifierNegative[m] && score[c] > 0) {
                score[c] = 1.0 - (1.0 - score[c]) * (1.0 - modifierWeight[m]);
            }
        }
        for (int m = 0; m < modifierOn.length; m++) {
            if (modifierOn[m] && modifierNegative[m]) {
                score[modifierCategory[m].ordinal()] *= 1.0 - modifierWeight[m];
            }
        }

        boolean question = false;
        for (int c = 0; c < score.length; c++) {
            question |= REAL_QUESTION[c] && score[c] >= threshold;
        }
        if (question) {
            for (int c = 0; c < score.length; c++) {
                if (!REAL_QUESTION[c]) {
                    score[c] *= steering;
                }
            }
        }
        return score;
    }

    /**
     * Occurrences of sequence parts, packed as sortable longs (cue, part, start, hit index) so that
     * grouping them needs no boxing: a line has at most {@link #MAX_LINE} characters.
     */
    private static final class SeqHits {
        static final int MAX_HITS = 0xFFFF;
        long[] keys = new long[16];
        int[] ends = new int[16];
        int size;

        void add(int cue, int part, int start, int end) {
            if (size == MAX_HITS) {
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            keys[size] = ((long) cue << 40) | ((long) part << 32) | ((long) start << 16) | size;
            ends[size] = end;
            size++;
        }

        static int cue(long key) {
            return (int) (key >>> 40);
        }

        static int part(long key) {
            return (int) (key >>> 32) & 0xFF;
        }

        static int start(long key) {
            return (int) (key >>> 16) & 0xFFFF;
        }

        int end(long key) {
            return ends[(int) key & 0xFFFF];
        }
    }

    /** Joins sequence parts into matches: each part after the previous one, within the cue's gap. */
    private void chainSequences(SeqHits hits, List<Match> matches) {
        long[] keys = Arrays.copyOf(hits.keys, hits.size);
        Arrays.sort(keys);
        int from = 0;
        while (from < keys.length) {
            int cue = SeqHits.cue(keys[from]);
            int to = from;
            while (to < keys.length && SeqHits.cue(keys[to]) == cue) {
                to++;
            }
            for (int head = from; head < to && SeqHits.part(keys[head]) == 0; head++) {
                int[] parts = chain(hits, keys, from, to, head, cue);
                if (parts != null) {
                    matches.add(new Match(cue, cueWeight[cue], parts[0], parts[parts.length - 1], parts));
                    break;
                }
            }
            from = to;
        }
    }

    /** The earliest chain of all parts starting at {@code head}, as [start, end) pairs, or null. */
    private int[] chain(SeqHits hits, long[] keys, int from, int to, int head, int cue) {
        int[] parts = new int[seqParts[cue] * 2];
        parts[0] = SeqHits.start(keys[head]);
        parts[1] = hits.end(keys[head]);
        for (int p = 1; p < seqParts[cue]; p++) {
            int previousEnd = parts[2 * p - 1];
            int found = -1;
            for (int k = from; k < to; k++) {
                int start = SeqHits.start(keys[k]);
                if (SeqHits.part(keys[k]) == p && start >= previousEnd && start - previousEnd <= seqGap[cue]) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            parts[2 * p] = SeqHits.start(keys[found]);
            parts[2 * p + 1] = hits.end(keys[found]);
        }
        return parts;
    }

    /** Applies the lexicon's synonyms, leftmost-longest and without overlaps. */
    private String rewrite(String line) {
        if (line.isEmpty() || synonymFrom.length == 0) {
            return line;
        }
        List<int[]> hits = new ArrayList<>();
        synonymAutomaton.scan(line, (id, start, end) -> hits.add(new int[] {id, start, end}));
        if (hits.isEmpty()) {
            return line;
        }
        hits.sort(LEFTMOST_LONGEST);
        StringBuilder out = new StringBuilder(line.length() + 8);
        int at = 0;
        for (int[] hit : hits) {
            if (hit[1] >= at) {
                out.append(line, at, hit[1]).append(synonymTo[hit[0]]);
                at = hit[2];
            }
        }
        return out.append(line, at, line.length()).toString();
    }
}
