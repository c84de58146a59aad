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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the question categories of one buyer line. The knowledge is in the lexicon (weighted literal,
 * sequence and regex cues per category, plus negative and context cues); this class is a generic
 * engine:
 * <ol>
 *   <li>normalise the line ({@link TextNormalizer}) and rewrite the lexicon's synonyms (typos, pinyin);</li>
 *   <li>one Aho–Corasick pass finds all literal cues, sequence parts, regex gates and modifiers;
 *       the few regex cues run only when one of their gate literals occurred;</li>
 *   <li>a cue lying inside a longer cue's span is dropped: the more specific phrase decides
 *       ("退货运费" is return shipping, not a return plus a shipping fee);</li>
 *   <li>overlapping cues of one category count once, with their best weight; separate pieces of
 *       evidence combine as noisy-OR, 1 − Π(1 − w); context cues add only to a category that already
 *       has evidence, negative cues scale it by (1 − w);</li>
 *   <li>steering categories (greeting, thanks, human agent) are scaled down when a real question is
 *       present, so the question comes first;</li>
 *   <li>every category above the threshold (and above a share of the best) is returned, most confident
 *       first, earlier in the line first on ties; OTHER when none is.</li>
 * </ol>
 * Immutable and thread-safe: a call allocates only its own small working state.
 */
public final class QuestionClassifier {

    public static final String DEFAULT_LEXICON = "/analysis/lexicon-zh-v1.tsv";

    private static final Category[] CATEGORIES = Category.values();
    private static final int DEFAULT_SEQ_GAP = 4;

    private final TextNormalizer normalizer;
    private final double threshold;
    private final double relative;
    private final double steering;

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

    /** A surviving occurrence of a cue; {@code parts} holds [start, end) pairs of its literal pieces. */
    private record Match(int cue, int start, int end, int[] parts) {
        int length() {
            return end - start;
        }

        boolean covers(Match inner) {
            if (length() <= inner.length()) {
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

        List<Lexicon.Synonym> synonyms = new ArrayList<>(lexicon.synonyms());
        synonymFrom = new String[synonyms.size()];
        synonymTo = new String[synonyms.size()];
        for (int i = 0; i < synonyms.size(); i++) {
            synonymFrom[i] = synonyms.get(i).from();
            synonymTo[i] = synonyms.get(i).to();
        }
        synonymAutomaton = new LiteralAutomaton(Arrays.asList(synonymFrom));

        List<Lexicon.Cue> scoring = new ArrayList<>();
        List<Lexicon.Cue> modifiers = new ArrayList<>();
        for (Lexicon.Cue cue : lexicon.cues()) {
            (cue.kind() == Lexicon.Kind.NEG || cue.kind() == Lexicon.Kind.CTX ? modifiers : scoring).add(cue);
        }

        Map<String, Integer> literalIds = new HashMap<>();
        List<String> literalList = new ArrayList<>();
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
            cueLabel[c] = cue.category() + ":" + cue.kind().name().toLowerCase() + ":" + cue.pattern();
            switch (cue.kind()) {
                case LIT -> use(literalIds, literalList, useList, cue.pattern(), new Use(Role.CUE, c, 0));
                case SEQ -> {
                    List<String> parts = Lexicon.parts(cue.pattern());
                    seqParts[c] = parts.size();
                    seqGap[c] = cue.extra().isEmpty() ? DEFAULT_SEQ_GAP : (int) Double.parseDouble(cue.extra());
                    for (int p = 0; p < parts.size(); p++) {
                        use(literalIds, literalList, useList, parts.get(p), new Use(Role.SEQ_PART, c, p));
                    }
                }
                case RE -> {
                    int slot = regexList.size();
                    regexList.add(Pattern.compile(cue.pattern()));
                    regexCueList.add(c);
                    List<String> gates = Lexicon.gates(cue.extra());
                    ungatedList.add(gates.isEmpty());
                    for (String gate : gates) {
                        use(literalIds, literalList, useList, gate, new Use(Role.GATE, slot, 0));
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
            use(literalIds, literalList, useList, cue.pattern(), new Use(Role.MODIFIER, m, 0));
        }

        literals = new LiteralAutomaton(literalList);
        uses = new Use[useList.size()][];
        for (int i = 0; i < uses.length; i++) {
            uses[i] = useList.get(i).toArray(new Use[0]);
        }
    }

    private static void use(Map<String, Integer> ids, List<String> literals, List<List<Use>> uses, String literal, Use use) {
        Integer id = ids.get(literal);
        if (id == null) {
            id = literals.size();
            ids.put(literal, id);
            literals.add(literal);
            uses.add(new ArrayList<>());
        }
        uses.get(id).add(use);
    }

    /** The categories of one buyer line, most confident first; never empty. */
    public List<CategoryScore> classify(String text) {
        String line = rewrite(normalizer.normalize(text));
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

        double best = 0;
        for (double s : score) {
            best = Math.max(best, s);
        }
        List<CategoryScore> found = new ArrayList<>();
        for (Category category : CATEGORIES) {
            double s = score[category.ordinal()];
            if (s >= threshold && s >= relative * best) {
                found.add(new CategoryScore(category, Math.min(1.0, s)));
            }
        }
        if (found.isEmpty()) {
            return List.of(new CategoryScore(Category.OTHER, 1.0 - best));
        }
        found.sort(Comparator.comparingDouble(CategoryScore::confidence).reversed()
                .thenComparingInt(s -> first[s.category().ordinal()]));
        return List.copyOf(found);
    }

    /** The normalised, rewritten line and the cues that decided it: for evaluation reports. */
    String explain(String text) {
        String line = rewrite(normalizer.normalize(text));
        List<Match> matches = new ArrayList<>();
        score(line, matches);
        StringBuilder out = new StringBuilder(line);
        for (Match m : matches) {
            out.append("  ").append(cueLabel[m.cue]).append('@').append(m.start);
        }
        return out.toString();
    }

    /** Category scores of a normalised line; {@code survivors} receives the matches that counted. */
    private double[] score(String line, List<Match> survivors) {
        List<Match> matches = new ArrayList<>();
        List<int[]> seqHits = new ArrayList<>();
        boolean[] gateOpen = new boolean[regex.length];
        boolean[] modifierOn = new boolean[modifierWeight.length];
        literals.scan(line, (literal, start, end) -> {
            for (Use use : uses[literal]) {
                switch (use.role) {
                    case CUE -> matches.add(new Match(use.index, start, end, new int[] {start, end}));
                    case SEQ_PART -> seqHits.add(new int[] {use.index, use.part, start, end});
                    case GATE -> gateOpen[use.index] = true;
                    case MODIFIER -> modifierOn[use.index] = true;
                }
            }
        });
        if (!seqHits.isEmpty()) {
            chainSequences(seqHits, matches);
        }
        for (int r = 0; r < regex.length; r++) {
            if (regexUngated[r] || gateOpen[r]) {
                Matcher m = regex[r].matcher(line);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        matches.add(new Match(regexCue[r], m.start(), m.end(), new int[] {m.start(), m.end()}));
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
        survivors.sort(Comparator.comparingInt(Match::start));

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
        for (Category category : CATEGORIES) {
            question |= category.realQuestion() && score[category.ordinal()] >= threshold;
        }
        if (question) {
            for (Category category : CATEGORIES) {
                if (!category.realQuestion()) {
                    score[category.ordinal()] *= steering;
                }
            }
        }
        return score;
    }

    /** Joins sequence parts into matches: each part after the previous one, within the cue's gap. */
    private void chainSequences(List<int[]> hits, List<Match> matches) {
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[1]).thenComparingInt(h -> h[2]));
        int from = 0;
        while (from < hits.size()) {
            int cue = hits.get(from)[0];
            int to = from;
            while (to < hits.size() && hits.get(to)[0] == cue) {
                to++;
            }
            List<int[]> group = hits.subList(from, to);
            for (int[] head : group) {
                if (head[1] != 0) {
                    break;
                }
                int[] parts = chain(group, head, cue);
                if (parts != null) {
                    matches.add(new Match(cue, parts[0], parts[parts.length - 1], parts));
                    break;
                }
            }
            from = to;
        }
    }

    private int[] chain(List<int[]> group, int[] head, int cue) {
        int[] parts = new int[seqParts[cue] * 2];
        parts[0] = head[2];
        parts[1] = head[3];
        for (int p = 1; p < seqParts[cue]; p++) {
            int previousEnd = parts[2 * p - 1];
            int[] found = null;
            for (int[] hit : group) {
                if (hit[1] == p && hit[2] >= previousEnd && hit[2] - previousEnd <= seqGap[cue]) {
                    found = hit;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            parts[2 * p] = found[2];
            parts[2 * p + 1] = found[3];
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
        hits.sort(Comparator.<int[]>comparingInt(h -> h[1]).thenComparingInt(h -> h[1] - h[2]));
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
