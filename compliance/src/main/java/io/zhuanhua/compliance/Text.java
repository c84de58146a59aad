package io.zhuanhua.compliance;

/**
 * Two views of one message, both mapped back to UTF-16 offsets of the original:
 * <ul>
 *   <li>{@link #folded}: the same length as the original, char for char: full-width ASCII to ASCII, upper to
 *       lower case, ideographic and no-break spaces to ' ', '。' to '.', circled digits ①..⑨ to 1..9. Offsets in
 *       it ARE offsets in the original. Links, e-mail addresses, digit runs and addresses are found here.</li>
 *   <li>{@link #compact}: the folded text without spaces, zero-width characters, variation selectors and the
 *       filler characters buyers put between letters to dodge filters (_ * · • | ~ ^ ` - — – /), with
 *       {@link #origIndex} mapping each kept character back. Word lists are matched here, so "加 v x" and
 *       "微-信" match "加v", "vx", "微信". Line breaks are kept (they end a clause).</li>
 * </ul>
 */
final class Text {
    final String original;
    final String folded;
    final char[] compact;
    final int compactLength;
    final int[] origIndex;

    Text(String s) {
        this.original = s;
        int n = s.length();
        char[] f = new char[n];
        char[] c = new char[n];
        int[] map = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char x = fold(s.charAt(i));
            f[i] = x;
            if (!droppedInCompact(x)) {
                c[m] = x;
                map[m] = i;
                m++;
            }
        }
        this.folded = new String(f);
        this.compact = c;
        this.compactLength = m;
        this.origIndex = map;
    }

    int length() {
        return original.length();
    }

    /** Original offset of compact index {@code cs}. */
    int origStart(int cs) {
        return origIndex[cs];
    }

    /** Original end offset (exclusive) of a compact range ending (exclusive) at {@code ce}. */
    int origEnd(int ce) {
        return origIndex[ce - 1] + 1;
    }

    static char fold(char c) {
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            char h = (char) (c - 0xFEE0);
            return (h >= 'A' && h <= 'Z') ? (char) (h + 32) : h;
        }
        if (c >= '\u2460' && c <= '\u2468') {
            return (char) ('1' + (c - '\u2460'));
        }
        switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                 '\u2009', '\u200A', '\u202F', '\u205F':
                return ' ';
            case '\u3002', '\uFF61':
                return '.';
            case '\uFE6A':
                return '%';
            case '\u24EA':
                return '0';
            default:
                return c;
        }
    }

    static boolean droppedInCompact(char x) {
        switch (x) {
            case ' ', '\t', '\r', '\u000B', '\u000C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E',
                 '\uFE0F', '\uFE0E', '_', '*', '\u00B7', '\u2022', '|', '~', '^', '`', '-', '\u2014', '\u2013',
                 '/':
                return true;
            default:
                return false;
        }
    }

    /** Characters that end a clause: negation does not reach across them. */
    static boolean clauseBreak(char x) {
        switch (x) {
            case ',', '.', '!', '?', ';', '\n', '\u3001', '\u2026', '\uFF64':
                return true;
            default:
                return false;
        }
    }

    static boolean asciiLetter(char x) {
        return x >= 'a' && x <= 'z';
    }

    static boolean asciiAlnum(char x) {
        return (x >= 'a' && x <= 'z') || (x >= '0' && x <= '9');
    }

    static boolean han(char x) {
        return x >= '\u4E00' && x <= '\u9FFF';
    }

    /** A word from a rule file, folded and compacted the same way as {@link #compact}. */
    static String normalizeWord(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char x = fold(w.charAt(i));
            if (!droppedInCompact(x)) {
                sb.append(x);
            }
        }
        return sb.toString();
    }
}
