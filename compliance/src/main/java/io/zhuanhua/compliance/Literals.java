package io.zhuanhua.compliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over a fixed set of literal words: one pass over a text finds every occurrence of
 * every word. Immutable after construction, so one instance serves all threads.
 */
final class Literals {
    private static final int[] NONE = new int[0];

    private final char[][] keys;
    private final int[][] next;
    private final int[] fail;
    private final int[][] out;
    private final int[] patternLength;

    Literals(List<String> patterns) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        trie.add(new TreeMap<>());
        own.add(new ArrayList<>());
        patternLength = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String w = patterns.get(p);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty pattern");
            }
            patternLength[p] = w.length();
            int node = 0;
            for (int i = 0; i < w.length(); i++) {
                Integer nx = trie.get(node).get(w.charAt(i));
                if (nx == null) {
                    nx = trie.size();
                    trie.get(node).put(w.charAt(i), nx);
                    trie.add(new TreeMap<>());
                    own.add(new ArrayList<>());
                }
                node = nx;
            }
            own.get(node).add(p);
        }
        int n = trie.size();
        keys = new char[n][];
        next = new int[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Character, Integer> m = trie.get(i);
            keys[i] = new char[m.size()];
            next[i] = new int[m.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : m.entrySet()) {
                keys[i][k] = e.getKey();
                next[i][k] = e.getValue();
                k++;
            }
        }
        fail = new int[n];
        out = new int[n][];
        out[0] = toArray(own.get(0));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < next[0].length; k++) {
            int child = next[0][k];
            fail[child] = 0;
            out[child] = toArray(own.get(child));
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int k = 0; k < keys[u].length; k++) {
                char c = keys[u][k];
                int v = next[u][k];
                int f = fail[u];
                int g;
                while ((g = step(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[v] = g < 0 ? 0 : g;
                int[] mine = toArray(own.get(v));
                int[] inherited = out[fail[v]];
                if (inherited.length == 0) {
                    out[v] = mine;
                } else {
                    int[] merged = Arrays.copyOf(mine, mine.length + inherited.length);
                    System.arraycopy(inherited, 0, merged, mine.length, inherited.length);
                    out[v] = merged;
                }
                queue.add(v);
            }
        }
    }

    private static int[] toArray(List<Integer> l) {
        if (l.isEmpty()) {
            return NONE;
        }
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    private int step(int node, char c) {
        int k = Arrays.binarySearch(keys[node], c);
        return k < 0 ? -1 : next[node][k];
    }

    int patternLength(int pid) {
        return patternLength[pid];
    }

    /** The longest pattern's length (0 when there is none). */
    int maxLength() {
        int m = 0;
        for (int l : patternLength) {
            m = Math.max(m, l);
        }
        return m;
    }

    /** Appends one (pattern id, start, end exclusive) triple per occurrence, in order of end. */
    void scan(char[] text, int len, IntBuf hits) {
        int state = 0;
        for (int i = 0; i < len; i++) {
            char c = text[i];
            int nx;
            while ((nx = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = nx < 0 ? 0 : nx;
            int[] o = out[state];
            for (int pid : o) {
                hits.add(pid);
                hits.add(i + 1 - patternLength[pid]);
                hits.add(i + 1);
            }
        }
    }

    /** A growable int array. */
    static final class IntBuf {
        int[] a = new int[24];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }
}
