package io.zhuanhua.scripts.size;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's size chart: rows from the smallest to the largest size, each with a height range (cm) and/or
 * a weight range (kg), both inclusive, and the chart's {@link InBetweenRule}.
 *
 * <p>Text format ({@link #parse}): rows separated by ';', then optionally '| rule=RULE' (default LARGER).
 * A row is a size label followed by one or two ranges "min-max". Two unmarked ranges are height then
 * weight. A range may be marked: prefix "h"/"身高" or suffix "cm" for height, prefix "w"/"体重" or suffix
 * "kg" for weight, suffix "斤" for a weight in 斤 (halved). A single range must be marked.
 * <pre>M 160-165 45-52; L 165-170 52-60; XL 170-175 60-68 | rule=LARGER
 * S h150-160; M h160-170 | rule=BY_HEIGHT
 * M 100-115斤; L 115-130斤 | rule=SMALLER</pre>
 * Full-width ；｜～ and "rule：" are accepted. Adjacent rows may share a boundary (165 is then between M and
 * L) or overlap; rows must go from small to large in every measure.
 */
public final class SizeChart {

    /** An inclusive range. */
    public record Range(double min, double max) {
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException("range " + BodyMeasurements.format(min) + "-"
                        + BodyMeasurements.format(max) + " has min > max");
            }
        }

        public boolean contains(double value) {
            return value >= min && value <= max;
        }

        @Override
        public String toString() {
            return BodyMeasurements.format(min) + "-" + BodyMeasurements.format(max);
        }
    }

    /** One size: its label and its height (cm) and/or weight (kg) range. */
    public record Row(String size, Optional<Range> height, Optional<Range> weight) {
        public Row {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(height, "height");
            Objects.requireNonNull(weight, "weight");
            if (size.isBlank()) {
                throw new IllegalArgumentException("size label is blank");
            }
            if (height.isEmpty() && weight.isEmpty()) {
                throw new IllegalArgumentException("size " + size + " needs a height or a weight range");
            }
        }

        public Optional<Range> range(boolean heightMeasure) {
            return heightMeasure ? height : weight;
        }
    }

    private static final Pattern RANGE = Pattern.compile(
            "(h|w|身高|体重)?(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)(cm|kg|斤)?");

    private final List<Row> rows;
    private final InBetweenRule rule;

    private SizeChart(List<Row> rows, InBetweenRule rule) {
        this.rows = List.copyOf(rows);
        this.rule = Objects.requireNonNull(rule, "rule");
        validate();
    }

    public static SizeChart of(List<Row> rows, InBetweenRule rule) {
        Objects.requireNonNull(rows, "rows");
        return new SizeChart(rows, rule);
    }

    public List<Row> rows() {
        return rows;
    }

    public InBetweenRule rule() {
        return rule;
    }

    /** Parses the text format described on the class; IllegalArgumentException says what is wrong where. */
    public static SizeChart parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("size chart is empty");
        }
        String normalized = text.replace('；', ';').replace('｜', '|').replace('～', '-').replace('~', '-')
                .replace('：', ':').replace('－', '-');
        String[] parts = normalized.split("\\|", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("size chart has more than one '|': " + text);
        }
        InBetweenRule rule = InBetweenRule.LARGER;
        if (parts.length == 2) {
            rule = parseRule(parts[1].trim());
        }
        List<Row> rows = new ArrayList<>();
        String[] rowTexts = parts[0].split(";");
        for (int i = 0; i < rowTexts.length; i++) {
            String rowText = rowTexts[i].trim();
            if (rowText.isEmpty()) {
                if (i == rowTexts.length - 1 && i > 0) {
                    continue; // trailing ';'
                }
                throw new IllegalArgumentException("row " + (i + 1) + " is empty");
            }
            try {
                rows.add(parseRow(rowText));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + (i + 1) + " '" + rowText + "': " + e.getMessage(), e);
            }
        }
        return new SizeChart(rows, rule);
    }

    private static InBetweenRule parseRule(String text) {
        Matcher m = Pattern.compile("rule\\s*[=:]\\s*(\\S+)", Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected 'rule=LARGER|SMALLER|BY_WEIGHT|BY_HEIGHT' after '|', got '"
                    + text + "'");
        }
        try {
            return InBetweenRule.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown rule '" + m.group(1)
                    + "' (expected LARGER, SMALLER, BY_WEIGHT or BY_HEIGHT)");
        }
    }

    private static Row parseRow(String text) {
        String[] words = text.trim().split("\\s+");
        String size = words[0];
        if (RANGE.matcher(size.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("must start with a size label");
        }
        if (words.length == 1) {
            throw new IllegalArgumentException("needs a height or a weight range");
        }
        if (words.length > 3) {
            throw new IllegalArgumentException("expected a size label and at most two ranges");
        }
        Range height = null;
        Range weight = null;
        List<String> unmarked = new ArrayList<>();
        List<Range> unmarkedRanges = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            Matcher m = RANGE.matcher(word);
            if (!m.matches()) {
                throw new IllegalArgumentException("range '" + words[i]
                        + "' must look like 160-165, h160-165, 160-165cm, w45-52, 45-52kg or 90-105斤");
            }
            String prefix = m.group(1);
            String suffix = m.group(4);
            boolean isHeight = "h".equals(prefix) || "身高".equals(prefix) || "cm".equals(suffix);
            boolean isWeight = "w".equals(prefix) || "体重".equals(prefix) || "kg".equals(suffix) || "斤".equals(suffix);
            if (isHeight && isWeight) {
                throw new IllegalArgumentException("range '" + words[i] + "' is marked as both height and weight");
            }
            double factor = "斤".equals(suffix) ? 0.5 : 1;
            Range range = new Range(Double.parseDouble(m.group(2)) * factor, Double.parseDouble(m.group(3)) * factor);
            if (isHeight) {
                if (height != null) {
                    throw new IllegalArgumentException("has two height ranges");
                }
                height = range;
            } else if (isWeight) {
                if (weight != null) {
                    throw new IllegalArgumentException("has two weight ranges");
                }
                weight = range;
            } else {
                unmarked.add(words[i]);
                unmarkedRanges.add(range);
            }
        }
        if (unmarked.size() == 1 && height == null && weight == null) {
            throw new IllegalArgumentException("single range '" + unmarked.get(0)
                    + "' is ambiguous: mark it h160-165 / 160-165cm (height) or w45-52 / 45-52kg (weight)");
        }
        for (Range range : unmarkedRanges) {
            if (height == null && weight == null && unmarkedRanges.size() == 2) {
                height = unmarkedRanges.get(0);
                weight = unmarkedRanges.get(1);
                break;
            } else if (height == null) {
                height = range;
            } else if (weight == null) {
                weight = range;
            }
        }
        return new Row(size, Optional.ofNullable(height), Optional.ofNullable(weight));
    }

    private void validate() {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("size chart has no rows");
        }
        Set<String> labels = new HashSet<>();
        for (Row row : rows) {
            if (!labels.add(row.size().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("size " + row.size() + " appears twice");
            }
        }
        for (boolean heightMeasure : new boolean[] {true, false}) {
            Row previous = null;
            for (Row row : rows) {
                Optional<Range> range = row.range(heightMeasure);
                if (range.isEmpty()) {
                    continue;
                }
                if (previous != null) {
                    Range before = previous.range(heightMeasure).orElseThrow();
                    if (range.get().min() < before.min() || range.get().max() < before.max()) {
                        throw new IllegalArgumentException("rows must go from small to large: " + row.size() + " "
                                + (heightMeasure ? "height " : "weight ") + range.get() + " is below "
                                + previous.size() + " " + before);
                    }
                }
                previous = row;
            }
        }
    }

    /** The chart in the text format, e.g. "M 160-165 45-52; L h165-170 | rule=LARGER"; parse(toText()) equals this. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(row.size());
            if (row.height().isPresent() && row.weight().isPresent()) {
                text.append(' ').append(row.height().get()).append(' ').append(row.weight().get());
            } else {
                row.height().ifPresent(h -> text.append(" h").append(h));
                row.weight().ifPresent(w -> text.append(" w").append(w));
            }
        }
        return text.append(" | rule=").append(rule).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeChart other && rows.equals(other.rows) && rule == other.rule;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, rule);
    }

    @Override
    public String toString() {
        return toText();
    }
}
