package io.zhuanhua.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Digit runs in a folded text, the way buyers write numbers: ASCII or full-width digits, Chinese digits
 * (幺三八零零...), and groups separated by up to three spaces, dashes or brackets ("138 0013 8000",
 * "1 3 8 0 0 1 3 8 0 0 0", "(0571)8888-8888"). Dots do not join groups (prices: "139.00").
 */
final class Digits {
    /** Runs with fewer digits are of no interest (no phone, QQ number, id or card is that short). */
    static final int MIN_DIGITS = 5;
    private static final int MAX_JOINER = 3;

    private Digits() {
    }

    /** One run of digits. */
    static final class Run {
        /** Offset of the first digit character. */
        final int start;
        /** Offset after the last digit character. */
        final int end;
        /** The digits as '0'..'9'. */
        final char[] digits;
        /** Offset of each digit character. */
        final int[] pos;
        /** Digit index where each group (digits with no separator between them) starts. */
        final int[] groupStarts;
        /** An 'x' or 'X' follows the last digit directly (the check character of an id number). */
        final boolean trailingX;

        Run(int start, int end, char[] digits, int[] pos, int[] groupStarts, boolean trailingX) {
            this.start = start;
            this.end = end;
            this.digits = digits;
            this.pos = pos;
            this.groupStarts = groupStarts;
            this.trailingX = trailingX;
        }

        int length() {
            return digits.length;
        }

        int groups() {
            return groupStarts.length;
        }

        /** Digit index where group g ends (exclusive). */
        int groupEnd(int g) {
            return g + 1 < groupStarts.length ? groupStarts[g + 1] : digits.length;
        }
    }

    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        switch (c) {
            case '零', '〇':
                return 0;
            case '一', '幺':
                return 1;
            case '二':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    private static boolean joiner(char c) {
        switch (c) {
            case ' ', '-', '\u2014', '\u2013', '(', ')', '_':
                return true;
            default:
                return false;
        }
    }

    /** All runs of at least {@link #MIN_DIGITS} digits, in text order. */
    static List<Run> scan(String f) {
        int n = f.length();
        List<Run> runs = null;
        char[] digits = null;
        int[] pos = null;
        int[] groups = null;
        int i = 0;
        while (i < n) {
            if (value(f.charAt(i)) < 0) {
                i++;
                continue;
            }
            if (digits == null) {
                digits = new char[16];
                pos = new int[16];
                groups = new int[4];
            }
            int count = 0;
            int groupCount = 0;
            int start = i;
            int end;
            while (true) {
                if (groupCount == groups.length) {
                    groups = Arrays.copyOf(groups, groupCount * 2);
                }
                groups[groupCount++] = count;
                int v;
                while (i < n && (v = value(f.charAt(i))) >= 0) {
                    if (count == digits.length) {
                        digits = Arrays.copyOf(digits, count * 2);
                        pos = Arrays.copyOf(pos, count * 2);
                    }
                    digits[count] = (char) ('0' + v);
                    pos[count] = i;
                    count++;
                    i++;
                }
                end = i;
                int j = i;
                while (j < n && j - i < MAX_JOINER && joiner(f.charAt(j))) {
                    j++;
                }
                if (j > i && j < n && value(f.charAt(j)) >= 0) {
                    i = j;
                } else {
                    break;
                }
            }
            if (count >= MIN_DIGITS) {
                boolean x = end < n && f.charAt(end) == 'x' && !(end + 1 < n && Text.asciiAlnum(f.charAt(end + 1)));
                if (runs == null) {
                    runs = new ArrayList<>(2);
                }
                runs.add(new Run(start, end, Arrays.copyOf(digits, count), Arrays.copyOf(pos, count),
                        Arrays.copyOf(groups, groupCount), x));
            }
        }
        return runs == null ? List.of() : runs;
    }
}
