package io.zhuanhua.scripts.size;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a buyer's height and weight from one chat line as buyers really write it: "175 140斤",
 * "140斤175", "身高160体重50kg穿多大", "1米75 65公斤", "1.75m 130斤", "一米七 一百二十斤", "165/55",
 * full-width digits, no punctuation, common typos.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>Normalise: full-width ASCII to half-width, lower case; Chinese numerals to digits ("一百二十" 120,
 * colloquial "一百四" 140, "一七五" 175, "一点七五" 1.75); "1米75"/"1m75"/"一米七" to 1.75/1.7 metres;
 * a close range "160-165" / "50到55" to its midpoint.</li>
 * <li>Not measurements: digit runs of 4 or more digits (item ids, years, phone numbers); numbers after
 * a letter (model codes) or a currency sign or a body-part/size label (腰围, 胸围, 码, 价, 第...); numbers
 * before 码/号/元/块/岁/件/个/天/折/%...; numbers glued to letters that are no unit ("2xl", "500ml",
 * the "92a" of "175/92A"), except a size letter after a plausible height ("175xl" keeps 175).</li>
 * <li>Units: cm/厘米/公分 height in cm (50–230); m/米 height in metres (0.5–2.3); kg/公斤/千克
 * weight in kg (3–250); 斤 (and the typo 近) weight in 斤, halved (6–500). "多"/"来" between number and
 * unit is skipped ("140多斤" = 140斤).</li>
 * <li>Labels without a unit: 身高/高 (typos 升高, 深高): ≤ 2.3 is metres, else cm. 体重/重 (typo 体中):
 * the weight's unit is decided as for bare weights below.</li>
 * <li>Bare numbers: a height is 140–200 (90–210 when the weight carries a unit) or a decimal 1.4–2.1
 * (metres). A bare weight (or a labelled weight without unit) is read as kg (30–150) or as 斤
 * (60–300); with a height known, the reading whose BMI is closer to 21.5 wins (log scale, BMI must be
 * 11–55). That makes "175 140" 140斤 = 70 kg (buyers habitually give weight in 斤), "170 60" 60 kg,
 * "158 95" 95斤. When both bare numbers could be the height, the same BMI score decides, the buyer's
 * order (height first) breaks ties.</li>
 * <li>A lone bare number is only a height (140–200), never a weight ("60穿多大" is too ambiguous); a
 * labelled weight alone is 斤 above 100, else kg ("体重120" = 60 kg).</li>
 * <li>The first height and the first weight with a unit win over anything inferred.</li>
 * </ol>
 */
public final class BodyMeasurementsParser {

    private static final Pattern CHINESE_NUMBER =
            Pattern.compile("[零〇一二两三四五六七八九十百]+(?:点[零〇一二两三四五六七八九]+)?");
    private static final Pattern METRE_AND_CM = Pattern.compile("(?<![\\d.])([12])(?:米|m)(\\d{1,2})(?![\\d.])");
    private static final Pattern RANGE =
            Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d+)?)\\s*(?:-|~|到|至)\\s*(\\d{1,3}(?:\\.\\d+)?)(?![\\d.])");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final String[] NOT_MEASURE_BEFORE = {"腰围", "胸围", "臀围", "肩宽", "腰", "胸", "臀", "肩",
        "脚长", "脚", "鞋", "码", "号", "价", "第", "单", "袖长", "衣长", "裤长", "腿长", "年龄", "今年", "¥", "￥", "$",
        "#", "尺寸"};
    private static final String[] NOT_MEASURE_AFTER = {"码", "号", "元", "块", "岁", "个", "件", "天", "年", "月",
        "日", "条", "双", "寸", "尺", "%", "折", "分", "次", "周", "小时", "毛", "包", "盒", "瓶", "瓦", "w", "期", "楼",
        "位", "套", "支", "张", "只", "米粒"};
    private static final String FILLERS = " :：,，、是约为有大概差不多的";
    private static final String SIZE_WORDS = "xs|s|m|l|xl|xxl|xxxl";

    private enum Unit { NONE, CM, M, KG, JIN }

    private enum Label { NONE, HEIGHT, WEIGHT }

    private record Token(int index, double value, boolean decimal, Unit unit, Label label) {
    }

    /** A height or weight reading: value in cm/kg, the token it came from, whether it was certain. */
    private record Reading(double value, int token, boolean explicit) {
    }

    private BodyMeasurementsParser() {
    }

    public static BodyMeasurements parse(String buyerLine) {
        if (buyerLine == null || buyerLine.isBlank()) {
            return BodyMeasurements.empty();
        }
        List<Token> tokens = tokens(normalize(buyerLine));
        if (tokens.isEmpty()) {
            return BodyMeasurements.empty();
        }
        return resolve(tokens);
    }

    // ---------------------------------------------------------------- normalisation

    static String normalize(String line) {
        StringBuilder half = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (c == '\u3000') {
                half.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                half.append((char) (c - 0xFEE0));
            } else if (c == '～' || c == '—' || c == '–') {
                half.append('-');
            } else {
                half.append(c);
            }
        }
        String text = half.toString().toLowerCase(java.util.Locale.ROOT);
        text = replaceAll(text, CHINESE_NUMBER, m -> {
            if (m.group().equals("百") || m.group().equals("十")) {
                return m.group(); // 百搭, 十分
            }
            String converted = chineseToArabic(m.group());
            return converted == null ? m.group() : converted;
        });
        text = replaceAll(text, METRE_AND_CM, m -> {
            String cm = m.group(2);
            return m.group(1) + "." + cm + "米";
        });
        text = replaceAll(text, RANGE, m -> {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            if (a <= 0 || b <= a || b / a > 1.25) {
                return m.group();
            }
            return BodyMeasurements.format((a + b) / 2);
        });
        return text;
    }

    private static String replaceAll(String text, Pattern pattern, java.util.function.Function<Matcher, String> f) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** "一百二十" 120, "一百二" 120, "一百零五" 105, "六十五" 65, "一七五" 175, "一点七五" 1.75; null if odd. */
    static String chineseToArabic(String s) {
        int point = s.indexOf('点');
        if (point >= 0) {
            String whole = chineseToArabic(s.substring(0, point));
            if (whole == null || whole.contains(".")) {
                return null;
            }
            StringBuilder fraction = new StringBuilder();
            for (char c : s.substring(point + 1).toCharArray()) {
                fraction.append(digit(c));
            }
            return whole + "." + fraction;
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0) {
            StringBuilder digits = new StringBuilder();
            for (char c : s.toCharArray()) {
                digits.append(digit(c));
            }
            return digits.toString();
        }
        int total = 0;
        String rest = s;
        int hundred = rest.indexOf('百');
        if (hundred >= 0) {
            Integer d = leadingDigit(rest.substring(0, hundred));
            if (d == null) {
                return null;
            }
            total += d * 100;
            rest = rest.substring(hundred + 1);
            if (rest.startsWith("零") || rest.startsWith("〇")) {
                rest = rest.substring(1);
                if (rest.length() == 1 && digit(rest.charAt(0)) >= 0) {
                    return Integer.toString(total + digit(rest.charAt(0)));
                }
                return rest.isEmpty() ? Integer.toString(total) : null;
            }
            if (rest.length() == 1 && digit(rest.charAt(0)) >= 0) {
                return Integer.toString(total + digit(rest.charAt(0)) * 10); // colloquial 一百四 = 140
            }
        }
        int ten = rest.indexOf('十');
        if (ten >= 0) {
            Integer d = leadingDigit(rest.substring(0, ten));
            if (d == null) {
                return null;
            }
            total += d * 10;
            rest = rest.substring(ten + 1);
        }
        if (rest.length() == 1 && digit(rest.charAt(0)) >= 0) {
            total += digit(rest.charAt(0));
        } else if (!rest.isEmpty()) {
            return null;
        }
        return Integer.toString(total);
    }

    /** "" → 1 (十五, 百二), one digit → it, anything else → null. */
    private static Integer leadingDigit(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        if (s.length() == 1 && digit(s.charAt(0)) >= 0) {
            return digit(s.charAt(0));
        }
        return null;
    }

    // ---------------------------------------------------------------- tokens

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group();
            int dot = number.indexOf('.');
            if ((dot < 0 ? number.length() : dot) >= 4) {
                continue; // item id, year, phone number
            }
            int start = m.start();
            if (start > 0 && isLetter(text.charAt(start - 1))
                    && !text.substring(0, start).matches("(?s).*\\d\\s*(cm|kg|m)")) {
                continue; // model code such as a175, x2 (but "175cm130斤" goes on)
            }
            String before = stripFillers(text.substring(Math.max(0, start - 8), start));
            if (endsWithAny(before, NOT_MEASURE_BEFORE)) {
                continue;
            }
            double value = Double.parseDouble(number);
            int after = m.end();
            Unit unit = Unit.NONE;
            int j = skipSpaces(text, after);
            if (text.startsWith("多", j) || text.startsWith("来", j)) {
                j = skipSpaces(text, j + 1);
            }
            String rest = text.substring(j);
            if (startsWithAny(rest, "cm", "厘米", "公分", "里米")) {
                unit = Unit.CM;
            } else if (startsWithAny(rest, "kg", "公斤", "千克", "kilo")) {
                unit = Unit.KG;
            } else if (startsWithAny(rest, "斤", "近", "jin")) {
                unit = Unit.JIN;
            } else if (rest.startsWith("米") && !rest.startsWith("米粒")) {
                unit = Unit.M;
            } else if (rest.startsWith("m") && (rest.length() == 1 || !isLetter(rest.charAt(1))) && j == after) {
                unit = Unit.M;
            } else if (startsWithAny(text.substring(after), NOT_MEASURE_AFTER)) {
                continue;
            } else if (after < text.length() && isLetter(text.charAt(after))) {
                String letters = leadingLetters(text.substring(after));
                if (value < 100 || !letters.matches(SIZE_WORDS)) {
                    continue; // 2xl, 500ml, 92a
                }
            }
            if (unit == Unit.M && value > 2.3) {
                unit = Unit.NONE; // "170 m码": the m is a size letter
            }
            Label label = Label.NONE;
            if (before.endsWith("高")) {
                label = Label.HEIGHT;
            } else if (before.endsWith("重") || before.endsWith("体中")) {
                label = Label.WEIGHT;
            }
            tokens.add(new Token(tokens.size(), value, dot >= 0, unit, label));
        }
        return tokens;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String leadingLetters(String s) {
        int i = 0;
        while (i < s.length() && isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripFillers(String s) {
        int end = s.length();
        while (end > 0 && FILLERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** True if s ends with a suffix that is not itself the unit of an earlier number ("38码 170"). */
    private static boolean endsWithAny(String s, String... suffixes) {
        for (String suffix : suffixes) {
            int at = s.length() - suffix.length();
            if (s.endsWith(suffix) && (at == 0 || !Character.isDigit(s.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- resolution

    private static BodyMeasurements resolve(List<Token> tokens) {
        Reading explicitHeight = null;
        Reading explicitWeight = null;
        for (Token t : tokens) {
            if (explicitHeight == null) {
                explicitHeight = explicitHeight(t);
            }
            if (explicitWeight == null) {
                explicitWeight = explicitWeight(t);
            }
        }
        boolean labelledWeights = tokens.stream().anyMatch(t -> t.label() == Label.WEIGHT && t.unit() == Unit.NONE);

        List<Reading> heights = new ArrayList<>();
        if (explicitHeight != null) {
            heights.add(explicitHeight);
        } else {
            double low = explicitWeight != null ? 90 : 140;
            double high = explicitWeight != null ? 210 : 200;
            for (Token t : tokens) {
                if (t.unit() != Unit.NONE || t.label() != Label.NONE) {
                    continue;
                }
                if (t.decimal() && t.value() >= 1.4 && t.value() <= 2.1) {
                    heights.add(new Reading(t.value() * 100, t.index(), false));
                } else if (t.value() >= low && t.value() <= high) {
                    heights.add(new Reading(t.value(), t.index(), false));
                }
            }
        }
        heights.add(null);

        Reading bestHeight = null;
        Reading bestWeight = null;
        int bestFields = 0;
        double bestCost = Double.MAX_VALUE;
        for (Reading h : heights) {
            List<Reading> weights = new ArrayList<>();
            if (explicitWeight != null) {
                weights.add(explicitWeight);
            } else {
                for (Token t : tokens) {
                    if (h != null && t.index() == h.token() || t.unit() != Unit.NONE) {
                        continue;
                    }
                    boolean labelled = t.label() == Label.WEIGHT;
                    if (labelled != labelledWeights || t.label() == Label.HEIGHT) {
                        continue; // a labelled weight beats bare numbers
                    }
                    double v = t.value();
                    if (h == null) {
                        if (labelled && v >= 20 && v <= 400) {
                            weights.add(new Reading(v > 100 ? v / 2 : v, t.index(), false));
                        }
                        continue;
                    }
                    if (v >= (labelled ? 20 : 30) && v <= (labelled ? 200 : 150)) {
                        weights.add(new Reading(v, t.index(), false));
                    }
                    if (v >= (labelled ? 40 : 60) && v <= (labelled ? 400 : 300)) {
                        weights.add(new Reading(v / 2, t.index(), false));
                    }
                }
            }
            weights.add(null);
            for (Reading w : weights) {
                int fields = (h == null ? 0 : 1) + (w == null ? 0 : 1);
                double cost = 0;
                if (h != null && w != null && !(h.explicit() && w.explicit())) {
                    double bmi = w.value() / Math.pow(h.value() / 100, 2);
                    if (bmi < 11 || bmi > 55) {
                        continue;
                    }
                    cost = Math.abs(Math.log(bmi / 21.5));
                }
                if (fields > bestFields || fields == bestFields && fields > 0 && cost < bestCost - 1e-9) {
                    bestFields = fields;
                    bestCost = cost;
                    bestHeight = h;
                    bestWeight = w;
                }
            }
        }
        return new BodyMeasurements(
                bestHeight == null ? OptionalDouble.empty() : OptionalDouble.of(bestHeight.value()),
                bestWeight == null ? OptionalDouble.empty() : OptionalDouble.of(bestWeight.value()));
    }

    private static Reading explicitHeight(Token t) {
        double v = t.value();
        if (t.unit() == Unit.CM && v >= 50 && v <= 230) {
            return new Reading(v, t.index(), true);
        }
        if (t.unit() == Unit.M && v >= 0.5 && v <= 2.3) {
            return new Reading(v * 100, t.index(), true);
        }
        if (t.unit() == Unit.NONE && t.label() == Label.HEIGHT) {
            if (v >= 0.5 && v <= 2.3) {
                return new Reading(v * 100, t.index(), true);
            }
            if (v >= 50 && v <= 230) {
                return new Reading(v, t.index(), true);
            }
        }
        return null;
    }

    private static Reading explicitWeight(Token t) {
        double v = t.value();
        if (t.unit() == Unit.KG && v >= 3 && v <= 250) {
            return new Reading(v, t.index(), true);
        }
        if (t.unit() == Unit.JIN && v >= 6 && v <= 500) {
            return new Reading(v / 2, t.index(), true);
        }
        return null;
    }
}
