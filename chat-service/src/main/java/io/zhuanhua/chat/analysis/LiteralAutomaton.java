package io.zhuanhua.chat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho–Corasick automaton over the lexicon's literals: one left-to-right pass finds every occurrence of
 * every literal, so the cost per line does not grow with the size of the lexicon. Immutable once built.
 *
 * <p>Literals marked as words, when they begin or end with a latin letter, only match at a latin word
 * boundary, so that the cue "ok" does not fire inside "book" and "xl" not inside "xxl".
 */
public final class LiteralAutomaton {

    /** Receives each match: literal id and its span [start, end) in the text. */
    @FunctionalInterface
    public interface Hits {
        void hit(int literal, int start, int end);
    }

    private final char[][] keys;
    private final int[][] next;
    /** The root's transitions by character: most steps land on the root, which has thousands of children. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final int[] fail;
    private final int[][] outputs;
    private final int[] lengths;
    private final boolean[] latinStart;
    private final boolean[] latinEnd;

    /** Literals matched anywhere; their ids are the indexes into {@code literals}. */
    public LiteralAutomaton(List<String> literals) {
        this(literals, new boolean[literals.size()]);
    }

    /** Literal ids are the indexes into {@code literals}; {@code words[i]} asks for latin word boundaries. */
    public LiteralAutomaton(List<String> literals, boolean[] words) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        trie.add(new HashMap<>());
        own.add(new ArrayList<>());
        lengths = new int[literals.size()];
        latinStart = new boolean[literals.size()];
        latinEnd = new boolean[literals.size()];
        for (int id = 0; id < literals.size(); id++) {
            String literal = literals.get(id);
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            lengths[id] = literal.length();
            latinStart[id] = words[id] && isLatinLetter(literal.charAt(0));
            latinEnd[id] = words[id] && isLatinLetter(literal.charAt(literal.length() - 1));
            int node = 0;
            for (int i = 0; i < literal.length(); i++) {
                Integer child = trie.get(node).get(literal.charAt(i));
                if (child == null) {
                    child = trie.size();
                    trie.get(node).put(literal.charAt(i), child);
                    trie.add(new HashMap<>());
                    own.add(new ArrayList<>());
                }
                node = child;
            }
            own.get(node).add(id);
        }

        int size = trie.size();
        keys = new char[size][];
        next = new int[size][];
        for (int node = 0; node < size; node++) {
            Map<Character, Integer> children = trie.get(node);
            char[] k = new char[children.size()];
            int i = 0;
            for (char c : children.keySet()) {
                k[i++] = c;
            }
            Arrays.sort(k);
            int[] n = new int[k.length];
            for (i = 0; i < k.length; i++) {
                n[i] = children.get(k[i]);
            }
            keys[node] = k;
            next[node] = n;
        }
        Arrays.fill(rootNext, -1);
        for (int i = 0; i < keys[0].length; i++) {
            rootNext[keys[0][i]] = next[0][i];
        }

        // Breadth-first failure links; each node's outputs include those of its failure chain.
        fail = new int[size];
        outputs = new int[size][];
        outputs[0] = toArray(own.get(0));
        int[] queue = new int[size];
        int head = 0;
        int tail = 0;
        for (int child : next[0]) {
            fail[child] = 0;
            queue[tail++] = child;
        }
        while (head < tail) {
            int node = queue[head++];
            List<Integer> out = new ArrayList<>(own.get(node));
            for (int o : outputs[fail[node]]) {
                out.add(o);
            }
            outputs[node] = toArray(out);
            for (int i = 0; i < keys[node].length; i++) {
                int child = next[node][i];
                int f = fail[node];
                int target;
                while ((target = step(f, keys[node][i])) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = target < 0 || target == child ? 0 : target;
                queue[tail++] = child;
            }
        }
    }

    public void scan(CharSequence text, Hits hits) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int target;
            while ((target = step(node, c)) < 0 && node != 0) {
                node = fail[node];
            }
            node = target < 0 ? 0 : target;
            for (int literal : outputs[node]) {
                int start = i + 1 - lengths[literal];
                if (latinStart[literal] && start > 0 && isLatinLetter(text.charAt(start - 1))) {
                    continue;
                }
                if (latinEnd[literal] && i + 1 < text.length() && isLatinLetter(text.charAt(i + 1))) {
                    continue;
                }
                hits.hit(literal, start, i + 1);
            }
        }
    }

    private int step(int node, char c) {
        if (node == 0) {
            return rootNext[c];
        }
        int i = Arrays.binarySearch(keys[node], c);
        return i < 0 ? -1 : next[node][i];
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static int[] toArray(List<Integer> values) {
        int[] a = new int[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }
}
