package io.zhuanhua.chat.profile;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.analysis.LiteralAutomaton;
import io.zhuanhua.chat.analysis.TextNormalizer;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.kit.taxonomy.Category;

/**
 * Infers a buyer's customer type (DOMAIN.md, seven dimensions) from what the buyer wrote and, when known,
 * their order history. The knowledge is in the cue file ({@value #DEFAULT_CUES}, whose header documents
 * the format and the scoring); this class is the engine:
 * <ol>
 *   <li>each buyer line is cut into clauses at whitespace and punctuation, each clause normalised
 *       ({@link TextNormalizer}) and rewritten by the cue file's synonyms;</li>
 *   <li>literal, sequence and regex cues are found; one lying inside a part of a strictly longer cue
 *       or mask is dropped;</li>
 *   <li>a negator just before a cue drops it, flips it to the other pole, or keeps it, as the cue says;</li>
 *   <li>within a line each cue counts once and overlapping cues of a pole count as one piece; the
 *       line's categories (from the question classifier) add their strongest cue only when the words
 *       said nothing about that dimension;</li>
 *   <li>pieces combine as noisy-OR per pole, and a pole wins only with confidence
 *       s_win·(1 − s_other) at or above {@code decide}: else UNKNOWN.</li>
 * </ol>
 * Immutable and thread-safe; the bundled cue file is read once.
 */
public final class CustomerProfiler {

    public static final String DEFAULT_CUES = "/profile/customer-cues-zh-v1.tsv";

    /** A chat line is short; beyond this only the start of a clause is read. */
    static final int MAX_CLAUSE = 2_000;
    /** Platform placeholders are short ("[商品:…]"); the normaliser applies the same bound. */
    private static final int MAX_PLACEHOLDER = 16;
    private static final String SEPARATORS = ",，。！!？?；;、~～…：（）()";
    /** Guards the threshold comparison against noisy-OR rounding (1 − 0.5 is exact, 1 − 0.7·0.7… is not). */
    private static final double EPSILON = 1e-9;
    private static final Comparator<Match> BY_START_THEN_FILE_ORDER =
            Comparator.comparingInt(Match::start).thenComparingInt(Match::order);

    private static final class DefaultHolder {
        static final CustomerProfiler INSTANCE = fromCues(defaultCues());
    }

    private final TextNormalizer normalizer = TextNormalizer.defaults();
    private final List<CueTable.TextCue> textCues;
    /** The literal and mask cues, found in one pass per clause; literal id to index in {@link #textCues}. */
    private final LiteralAutomaton literalCues;
    private final int[] literalCue;
    /** Indexes in {@link #textCues} of the sequence and regex cues, tried one by one. */
    private final int[] patternCues;
    private final Map<Category, List<CueTable.CategoryCue>> categoryCues;
    private final List<CueTable.HistoryCue> historyCues;
    private final Map<Pole, String> strategies;
    private final List<CueTable.Synonym> synonyms;
    /** The synonyms' {@code from} texts; literal ids are indexes into {@link #synonyms}. */
    private final LiteralAutomaton synonymFroms;
    private final List<String> negators;
    private final List<String> nonNegating;
    private final Set<Pole> preferred;
    private final double decide;
    private final int negationWindow;
    private final int seqGap;

    private CustomerProfiler(CueTable table) {
        textCues = table.textCues();
        List<String> literals = new ArrayList<>();
        List<Integer> literalIndexes = new ArrayList<>();
        List<Integer> patternIndexes = new ArrayList<>();
        for (int i = 0; i < textCues.size(); i++) {
            CueTable.TextCue cue = textCues.get(i);
            if (cue.kind() == CueTable.Kind.SEQ || cue.kind() == CueTable.Kind.RE) {
                patternIndexes.add(i);
            } else {
                literals.add(cue.pattern());
                literalIndexes.add(i);
            }
        }
        literalCues = new LiteralAutomaton(literals);
        literalCue = literalIndexes.stream().mapToInt(Integer::intValue).toArray();
        patternCues = patternIndexes.stream().mapToInt(Integer::intValue).toArray();
        Map<Category, List<CueTable.CategoryCue>> byCategory = new EnumMap<>(Category.class);
        for (CueTable.CategoryCue cue : table.categoryCues()) {
            byCategory.computeIfAbsent(cue.category(), c -> new ArrayList<>()).add(cue);
        }
        byCategory.replaceAll((c, cues) -> List.copyOf(cues));
        categoryCues = byCategory;
        historyCues = table.historyCues();
        strategies = table.strategies();
        synonyms = table.synonyms();
        synonymFroms = new LiteralAutomaton(synonyms.stream().map(CueTable.Synonym::from).toList());
        negators = table.negators();
        nonNegating = table.nonNegating();
        preferred = table.preferred();
        decide = table.param("decide");
        negationWindow = (int) table.param("negation_window");
        seqGap = (int) table.param("seq_gap");
    }

    /** The profiler with the bundled, versioned cue file ({@value #DEFAULT_CUES}). */
    public static CustomerProfiler defaults() {
        return DefaultHolder.INSTANCE;
    }

    /** Opens the bundled cue file, e.g. to put it first in {@link #fromCues} before a shop's own lines. */
    public static Reader defaultCues() {
        InputStream in = CustomerProfiler.class.getResourceAsStream(DEFAULT_CUES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DEFAULT_CUES);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * A profiler from cue files read in order; later lines extend or override earlier ones.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad line
     */
    public static CustomerProfiler fromCues(Reader... sources) {
        return new CustomerProfiler(CueTable.read(sources));
    }

    /**
     * @param conversation a buyer's messages in time order; agent, bot and system lines may be included and
     *        are skipped, so evidence indexes point into this list
     * @param history the buyer's earlier paid orders, or {@link OrderHistory#UNKNOWN}
     */
    public CustomerProfile profile(List<Utterance> conversation, OrderHistory history) {
        Objects.requireNonNull(conversation, "conversation");
        return profile(conversation, i -> read(conversation.get(i).text()), history);
    }

    /**
     * As {@link #profile(List, OrderHistory)}, with each buyer line's cues already read.
     *
     * @param lineCues {@link #read} of each message's text, in the order of {@code conversation} (only buyer
     *        lines are read; other entries may be anything)
     */
    public CustomerProfile profile(List<Utterance> conversation, List<LineCues> lineCues, OrderHistory history) {
        Objects.requireNonNull(lineCues, "lineCues");
        if (lineCues.size() != conversation.size()) {
            throw new IllegalArgumentException("one reading per message: " + lineCues.size() + " for " + conversation.size());
        }
        return profile(conversation, lineCues::get, history);
    }

    private CustomerProfile profile(List<Utterance> conversation, IntFunction<LineCues> lineCues, OrderHistory history) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(history, "history");
        List<List<Evidence>> byDimension = new ArrayList<>();
        for (int d = 0; d < Dimension.values().length; d++) {
            byDimension.add(new ArrayList<>());
        }
        readHistory(history, byDimension);
        for (int i = 0; i < conversation.size(); i++) {
            Utterance utterance = conversation.get(i);
            if (utterance.sender() == Sender.BUYER) {
                addLine(i, utterance, lineCues.apply(i), byDimension);
            }
        }
        List<DimensionReading> readings = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            readings.add(reading(dimension, byDimension.get(dimension.ordinal())));
        }
        return new CustomerProfile(readings, BuyerStatus.of(history));
    }

    private void readHistory(OrderHistory history, List<List<Evidence>> out) {
        if (!history.known() || history.paidOrders() == 0) {
            return;
        }
        String fact = "买过" + history.paidOrders() + "单";
        String line = history.firstOrderDate() == null ? fact : fact + "，首单" + history.firstOrderDate();
        for (CueTable.HistoryCue cue : historyCues) {
            double weight = 1 - Math.pow(1 - cue.weight(), history.paidOrders());
            out.get(cue.pole().dimension().ordinal()).add(new Evidence(Evidence.HISTORY, line, fact,
                    "history:" + CueTable.PAID_ORDERS, cue.pole(), weight));
        }
    }

    /**
     * An occurrence of a cue; {@code parts} holds the [start, end) pairs of its literal pieces, {@code order}
     * is the cue's position in the file.
     */
    private record Match(CueTable.TextCue cue, int order, int start, int end, int[] parts) {
        boolean covers(Match inner) {
            if (end - start <= inner.end - inner.start) {
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

    private record Negation(int start, String word) {
    }

    /** The text cues of one line (null reads as empty): a function of the text alone, see {@link LineCues}. */
    public LineCues read(String text) {
        String raw = text == null ? "" : text;
        List<LineCues.Piece> pieces = new ArrayList<>();
        int spoke = 0;
        List<String> clauses = clauses(raw);
        for (int c = 0; c < clauses.size(); c++) {
            String clause = rewrite(normalizer.normalize(clauses.get(c)));
            if (clause.length() > MAX_CLAUSE) {
                clause = clause.substring(0, MAX_CLAUSE);
            }
            List<Match> matches = find(clause);
            for (Match match : matches) {
                CueTable.TextCue cue = match.cue();
                if (cue.mask() || matches.stream().anyMatch(outer -> outer != match && outer.covers(match))) {
                    continue;
                }
                spoke |= LineCues.bit(cue.pole().dimension());
                Pole pole = cue.pole();
                String label = cue.label();
                int from = match.start();
                Negation negation = negationBefore(clause, match.start());
                if (negation != null) {
                    switch (cue.onNegation()) {
                        case DROP -> {
                            continue;
                        }
                        case FLIP -> {
                            pole = pole.opposite();
                            label += " negated by " + negation.word() + ", flipped";
                        }
                        case KEEP -> label += " negated by " + negation.word() + ", kept";
                    }
                    from = negation.start();
                }
                pieces.add(new LineCues.Piece(c, match.start(), match.end(), clause.substring(from, match.end()), label,
                        pole, cue.weight()));
            }
        }
        return LineCues.of(pieces, spoke);
    }

    /** One buyer line's evidence: its text cues, and its categories' where the words said nothing of a dimension. */
    private void addLine(int index, Utterance utterance, LineCues cues, List<List<Evidence>> out) {
        String raw = utterance.text() == null ? "" : utterance.text();
        for (Pole pole : Pole.values()) {
            if (pole != Pole.UNKNOWN) {
                List<Evidence> evidence = out.get(pole.dimension().ordinal());
                evidence.addAll(clusters(cues.pieces(), pole, index, raw));
                if (!cues.spoke(pole.dimension())) {
                    categoryEvidence(index, raw, utterance.categories(), pole).ifPresent(evidence::add);
                }
            }
        }
    }

    /**
     * A line's text evidence for one pole: each cue once, and overlapping cues in a clause as one piece
     * with their best weight, so that 有优惠券 is not 有优惠 and 优惠券 twice over.
     */
    private static List<Evidence> clusters(List<LineCues.Piece> pieces, Pole pole, int index, String raw) {
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        LineCues.Piece first = null;
        LineCues.Piece best = null;
        int clusterEnd = -1;
        for (LineCues.Piece piece : pieces) {
            if (piece.pole() != pole || !counted.add(piece.cue())) {
                continue;
            }
            if (first != null && piece.clause() == first.clause() && piece.start() < clusterEnd) {
                clusterEnd = Math.max(clusterEnd, piece.end());
                if (piece.weight() > best.weight()) {
                    best = piece;
                }
            } else {
                if (best != null) {
                    evidence.add(best.evidence(index, raw));
                }
                first = piece;
                best = piece;
                clusterEnd = piece.end();
            }
        }
        if (best != null) {
            evidence.add(best.evidence(index, raw));
        }
        return evidence;
    }

    /** The strongest category cue of a line for a pole; categories often restate each other, so one counts. */
    private Optional<Evidence> categoryEvidence(int index, String raw, List<CategoryScore> categories, Pole pole) {
        Evidence best = null;
        for (CategoryScore score : categories == null ? List.<CategoryScore>of() : categories) {
            for (CueTable.CategoryCue cue : categoryCues.getOrDefault(score.category(), List.of())) {
                double weight = cue.weight() * score.confidence();
                if (cue.pole() == pole && weight > 0 && (best == null || weight > best.weight())) {
                    String name = score.category().name();
                    best = new Evidence(index, raw, name, "cat:" + name, pole, weight);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private DimensionReading reading(Dimension dimension, List<Evidence> evidence) {
        List<Pole> poles = dimension.poles();
        double[] score = new double[2];
        for (int i = 0; i < 2; i++) {
            double miss = 1;
            for (Evidence e : evidence) {
                if (e.pole() == poles.get(i)) {
                    miss *= 1 - e.weight();
                }
            }
            score[i] = 1 - miss;
        }
        Pole pole = Pole.UNKNOWN;
        double confidence = 0;
        for (int i = 0; i < 2; i++) {
            if (preferred.contains(poles.get(i)) && score[i] >= decide - EPSILON && score[i] > confidence) {
                pole = poles.get(i);
                confidence = score[i];
            }
        }
        if (pole == Pole.UNKNOWN) {
            int win = score[0] >= score[1] ? 0 : 1;
            double margin = score[win] * (1 - score[1 - win]);
            if (margin >= decide - EPSILON) {
                pole = poles.get(win);
                confidence = Math.min(1, margin);
            }
        }
        String strategy = pole == Pole.UNKNOWN ? "" : strategies.getOrDefault(pole, "");
        return new DimensionReading(dimension, pole, confidence, evidence, strategy);
    }

    /**
     * The clauses of a raw line: cut at whitespace and punctuation, so that a negation stays in its own
     * clause ("不，送人的"), while a bracketed platform placeholder stays whole.
     */
    static List<String> clauses(String raw) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '[' || c == '【') {
                int close = closingBracket(raw, i);
                if (close > 0) {
                    current.append(raw, i, close + 1);
                    i = close;
                    continue;
                }
            }
            if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                if (!current.isEmpty()) {
                    clauses.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static int closingBracket(String raw, int open) {
        for (int i = open + 1; i < raw.length() && i - open <= MAX_PLACEHOLDER; i++) {
            char c = raw.charAt(i);
            if (c == ']' || c == '】') {
                return i;
            }
        }
        return -1;
    }

    /** Applies the synonyms, leftmost-longest and without overlaps. */
    private String rewrite(String text) {
        if (text.isEmpty() || synonyms.isEmpty()) {
            return text;
        }
        // The longest synonym starting at each position (froms are unique, so one per length and position).
        CueTable.Synonym[] longest = new CueTable.Synonym[text.length()];
        boolean[] any = new boolean[1];
        synonymFroms.scan(text, (synonym, start, end) -> {
            if (longest[start] == null || end - start > longest[start].from().length()) {
                longest[start] = synonyms.get(synonym);
                any[0] = true;
            }
        });
        if (!any[0]) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            if (longest[i] == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(longest[i].to());
                i += longest[i].from().length();
            }
        }
        return out.toString();
    }

    /** Every occurrence of every cue and mask, by start; cues of one start in file order. */
    private List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        if (text.isEmpty()) {
            return matches;
        }
        literalCues.scan(text, (literal, start, end) -> matches.add(
                new Match(textCues.get(literalCue[literal]), literalCue[literal], start, end, new int[] {start, end})));
        for (int order : patternCues) {
            CueTable.TextCue cue = textCues.get(order);
            if (cue.kind() == CueTable.Kind.SEQ) {
                sequences(text, cue, order, matches);
            } else {
                Matcher m = cue.regex().matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        matches.add(new Match(cue, order, m.start(), m.end(), new int[] {m.start(), m.end()}));
                    }
                }
            }
        }
        matches.sort(BY_START_THEN_FILE_ORDER);
        return matches;
    }

    /** Non-overlapping chains of a seq cue's parts, each part after the previous within {@code seqGap}. */
    private void sequences(String text, CueTable.TextCue cue, int order, List<Match> matches) {
        List<String> parts = cue.parts();
        int from = 0;
        int head;
        while ((head = text.indexOf(parts.get(0), from)) >= 0) {
            int[] spans = new int[parts.size() * 2];
            spans[0] = head;
            spans[1] = head + parts.get(0).length();
            boolean chained = true;
            for (int p = 1; p < parts.size() && chained; p++) {
                int at = text.indexOf(parts.get(p), spans[2 * p - 1]);
                chained = at >= 0 && at - spans[2 * p - 1] <= seqGap;
                if (chained) {
                    spans[2 * p] = at;
                    spans[2 * p + 1] = at + parts.get(p).length();
                }
            }
            if (chained) {
                matches.add(new Match(cue, order, head, spans[spans.length - 1], spans));
                from = spans[spans.length - 1];
            } else {
                from = head + 1;
            }
        }
    }

    /** The negator ending closest before {@code start}, within the window and outside non-negating words. */
    private Negation negationBefore(String text, int start) {
        Negation closest = null;
        int closestEnd = -1;
        for (String negator : negators) {
            int from = Math.max(0, start - negationWindow - negator.length());
            for (int at = text.indexOf(negator, from); at >= 0 && at + negator.length() <= start;
                    at = text.indexOf(negator, at + 1)) {
                int end = at + negator.length();
                if (!insideNonNegating(text, at, end)
                        && (end > closestEnd || (end == closestEnd && negator.length() > closest.word().length()))) {
                    closest = new Negation(at, negator);
                    closestEnd = end;
                }
            }
        }
        return closest;
    }

    private boolean insideNonNegating(String text, int start, int end) {
        for (String word : nonNegating) {
            for (int at = Math.max(0, end - word.length()); at <= start; at++) {
                if (text.startsWith(word, at)) {
                    return true;
                }
            }
        }
        return false;
    }
}
