package io.zhuanhua.chat.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a buyer's line to the one spelling the lexicon is written in: half-width, lower-case latin,
 * simplified characters, platform placeholders and long id numbers as neutral tokens, and no
 * punctuation or whitespace. Emoji are dropped, except the few that say something (👋 👌 🙏), which
 * become the words a buyer would type. A single space survives only between two latin letters or
 * digits ("size xl", "175 140"), because gluing those would change their meaning.
 */
public final class TextNormalizer {

    /** Placeholder tokens; '#' never survives from raw text, so a token cannot be forged by a buyer. */
    public static final String ORDER = "#order#";
    public static final String NUMBER = "#num#";
    public static final String MONEY = "#money#";
    public static final String LINK = "#link#";
    public static final String IMAGE = "#img#";
    public static final String EMOJI = "#emo#";
    public static final String TIME = "#time#";
    public static final String ADDRESS = "#addr#";
    public static final String PHONE = "#phone#";
    public static final String NAME = "#name#";
    public static final String ITEM = "#item#";
    /** A bare digit run of {@value #ID_DIGITS} or more digits: item, order or phone numbers. */
    public static final String ID = "#id#";

    static final String TRADITIONAL_TABLE = "/analysis/t2s-zh.tsv";
    static final String EMOJI_TABLE = "/analysis/emoji-zh.tsv";
    private static final int ID_DIGITS = 6;
    /** Platform placeholders are short ("[订单x]", "[图片]"); a longer bracket is the buyer's own text. */
    private static final int MAX_PLACEHOLDER = 16;
    /** Shop emoticons are written as a short name in brackets ("[微笑]"). */
    private static final int MAX_EMOTICON_NAME = 4;

    private static final TextNormalizer DEFAULT = new TextNormalizer(loadSimplified(), loadEmoji());

    /** Simplified form per BMP character, 0 where the character is kept. */
    private final char[] simplified;
    /** Words for the emoji that carry meaning, by code point. */
    private final Map<Integer, String> emoji;

    private TextNormalizer(char[] simplified, Map<Integer, String> emoji) {
        this.simplified = simplified;
        this.emoji = emoji;
    }

    /** The normalizer with the bundled traditional→simplified and emoji tables. */
    public static TextNormalizer defaults() {
        return DEFAULT;
    }

    public String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return tokenize(fold(raw));
    }

    /** Width, case and script folding, one code point at a time. */
    private String fold(String raw) {
        StringBuilder folded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x3000) {
                cp = ' ';
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            } else if (cp == '【' || cp == '〔') {
                cp = '[';
            } else if (cp == '】' || cp == '〕') {
                cp = ']';
            }
            if (cp >= 'A' && cp <= 'Z') {
                cp += 'a' - 'A';
            } else if (cp < simplified.length && simplified[cp] != 0) {
                cp = simplified[cp];
            }
            folded.appendCodePoint(cp);
        }
        return folded.toString();
    }

    private String tokenize(String s) {
        Output out = new Output(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c == '[') {
                int close = s.indexOf(']', i + 1);
                String token = close > 0 && close - i <= MAX_PLACEHOLDER ? placeholder(s.substring(i + 1, close)) : null;
                if (token != null) {
                    out.append(token);
                    i = close + 1;
                    continue;
                }
            }
            if (s.startsWith("http", i) || s.startsWith("www.", i)) {
                int end = i;
                while (end < n && s.charAt(end) > ' ' && s.charAt(end) < 0x80) {
                    end++;
                }
                out.append(LINK);
                i = end;
                continue;
            }
            if (isAsciiDigit(c)) {
                int end = i;
                while (end < n && isAsciiDigit(s.charAt(end))) {
                    end++;
                }
                if (end - i >= ID_DIGITS) {
                    out.append(ID);
                } else if (end + 1 < n && s.charAt(end) == '.' && isAsciiDigit(s.charAt(end + 1))) {
                    // a decimal (1.5米, 0.5kg) stays one number
                    end++;
                    while (end < n && isAsciiDigit(s.charAt(end))) {
                        end++;
                    }
                    out.append(s.substring(i, end));
                } else {
                    out.append(s.substring(i, end));
                }
                i = end;
                continue;
            }
            int cp = s.codePointAt(i);
            String word;
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if ((word = emoji.get(cp)) != null) {
                out.append(word);
            } else {
                out.separate();
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The token for a platform placeholder's content, or null when the brackets hold ordinary text. */
    private static String placeholder(String content) {
        if (content.isEmpty()) {
            return null;
        }
        if (content.startsWith("订单") || content.startsWith("order")) {
            return ORDER;
        }
        if (content.startsWith("数字")) {
            return NUMBER;
        }
        if (content.startsWith("金额") || content.startsWith("价格")) {
            return MONEY;
        }
        if (content.startsWith("链接") || content.startsWith("网址") || content.startsWith("url") || content.startsWith("link")) {
            return LINK;
        }
        if (content.startsWith("图片") || content.startsWith("照片") || content.startsWith("视频")
                || content.startsWith("image") || content.startsWith("img") || content.startsWith("pic")) {
            return IMAGE;
        }
        if (content.startsWith("表情") || content.startsWith("emoji")) {
            return EMOJI;
        }
        if (content.startsWith("日期") || content.startsWith("时间")) {
            return TIME;
        }
        if (content.startsWith("地址") || content.startsWith("站点")) {
            return ADDRESS;
        }
        if (content.startsWith("电话") || content.startsWith("手机")) {
            return PHONE;
        }
        if (content.startsWith("姓名") || content.startsWith("名字") || content.startsWith("用户")) {
            return NAME;
        }
        if (content.startsWith("商品") || content.startsWith("宝贝")) {
            return ITEM;
        }
        if (content.length() <= MAX_EMOTICON_NAME && content.codePoints().allMatch(TextNormalizer::isCjk)) {
            return EMOJI;
        }
        return null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z');
    }

    private static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Output that collapses every dropped stretch to nothing, or to one space between latin words. */
    private static final class Output {
        private final StringBuilder text;
        private boolean separated;

        Output(int capacity) {
            text = new StringBuilder(capacity);
        }

        void separate() {
            separated = true;
        }

        void append(String s) {
            space(s.charAt(0));
            text.append(s);
        }

        void appendCodePoint(int cp) {
            space(cp < 0x80 ? (char) cp : '\u4e00');
            text.appendCodePoint(cp);
        }

        private void space(char next) {
            if (separated && text.length() > 0 && isAsciiAlnum(text.charAt(text.length() - 1)) && isAsciiAlnum(next)) {
                text.append(' ');
            }
            separated = false;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static char[] loadSimplified() {
        char[] table = new char[0x10000];
        for (String[] pair : readPairs(TRADITIONAL_TABLE)) {
            if (pair[0].length() != 1 || pair[1].length() != 1) {
                throw new IllegalStateException(TRADITIONAL_TABLE + ": expected one character each side: " + String.join(" ", pair));
            }
            table[pair[0].charAt(0)] = pair[1].charAt(0);
        }
        return table;
    }

    private static Map<Integer, String> loadEmoji() {
        Map<Integer, String> words = new HashMap<>();
        for (String[] pair : readPairs(EMOJI_TABLE)) {
            if (pair[0].codePointCount(0, pair[0].length()) != 1) {
                throw new IllegalStateException(EMOJI_TABLE + ": expected one emoji: " + pair[0]);
            }
            words.put(pair[0].codePointAt(0), pair[1]);
        }
        return Map.copyOf(words);
    }

    /** The TAB-separated pairs of a bundled table; '#' starts a comment line. */
    private static List<String[]> readPairs(String resource) {
        List<String[]> pairs = new ArrayList<>();
        try (InputStream in = TextNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2 || pair[0].isEmpty() || pair[1].isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 'from<TAB>to'");
                }
                pairs.add(pair);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }
}
