package io.zhuanhua.scripts.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Recommends a size from an item's {@link SizeChart} and a buyer's {@link BodyMeasurements}.
 *
 * <p>Each given measure selects the rows whose range contains it (ranges are inclusive, so a value on
 * the shared boundary of two rows selects both); a value in a gap between rows selects the two neighbours;
 * a value below the smallest or above the largest row is out of the chart (no advice: a human answers).
 * A measure the chart has no column for is ignored. If height and weight select exactly one common size,
 * that size fits. Otherwise the buyer is in between and the chart's rule picks from the selected sizes:
 * LARGER the largest, SMALLER the smallest, BY_WEIGHT / BY_HEIGHT the size of that measure, or the
 * larger of its two when that measure is itself between two sizes or missing (then LARGER is reported
 * as the deciding rule).
 */
public final class SizeAdvisor {

    private SizeAdvisor() {
    }

    /** Parses the buyer line and advises. */
    public static SizeAdvice advise(SizeChart chart, String buyerLine) {
        return advise(chart, BodyMeasurementsParser.parse(buyerLine));
    }

    public static SizeAdvice advise(SizeChart chart, BodyMeasurements body) {
        if (body.isEmpty()) {
            return new SizeAdvice(SizeAdvice.Status.NO_MEASUREMENT, Optional.empty(),
                    "未识别到身高体重，请先询问买家的身高和体重", false, Optional.empty());
        }
        List<SizeChart.Row> rows = chart.rows();
        Selection byHeight = select(rows, true, body.heightCm());
        Selection byWeight = select(rows, false, body.weightKg());
        String who = body.describe();
        for (Selection s : List.of(byHeight, byWeight)) {
            if (s.outOfChart != null) {
                return new SizeAdvice(SizeAdvice.Status.OUT_OF_CHART, Optional.empty(),
                        who + "，" + s.outOfChart + "，尺码表没有合适尺码，建议人工确认", false, Optional.empty());
            }
        }
        if (byHeight.rows == null && byWeight.rows == null) {
            return new SizeAdvice(SizeAdvice.Status.NO_MEASUREMENT, Optional.empty(),
                    who + "，但尺码表没有" + (body.heightCm().isPresent() ? "身高" : "体重")
                            + "一栏，请询问买家的" + (body.heightCm().isPresent() ? "体重" : "身高"),
                    false, Optional.empty());
        }
        TreeSet<Integer> common = new TreeSet<>();
        if (byHeight.rows != null && byWeight.rows != null) {
            common.addAll(byHeight.rows);
            common.retainAll(byWeight.rows);
        } else {
            common.addAll(byHeight.rows != null ? byHeight.rows : byWeight.rows);
        }
        String missing = missingNote(chart, body);
        if (common.size() == 1) {
            String size = rows.get(common.first()).size();
            return new SizeAdvice(SizeAdvice.Status.FITS, Optional.of(size),
                    who + "，按尺码表建议" + size + missing, false, Optional.empty());
        }

        // In between: the measures disagree, or the only/common choice spans two sizes.
        InBetweenRule rule = chart.rule();
        TreeSet<Integer> all = new TreeSet<>();
        if (byHeight.rows != null) {
            all.addAll(byHeight.rows);
        }
        if (byWeight.rows != null) {
            all.addAll(byWeight.rows);
        }
        TreeSet<Integer> pool = common.isEmpty() ? all : common;
        int chosen;
        InBetweenRule decided = rule;
        switch (rule) {
            case LARGER -> chosen = pool.last();
            case SMALLER -> chosen = pool.first();
            default -> {
                Selection decider = rule == InBetweenRule.BY_WEIGHT ? byWeight : byHeight;
                TreeSet<Integer> own = decider.rows == null ? pool : new TreeSet<>(decider.rows);
                if (!common.isEmpty() && decider.rows != null) {
                    own.retainAll(common);
                }
                if (own.size() != 1) {
                    decided = InBetweenRule.LARGER;
                }
                chosen = own.last();
            }
        }
        String size = rows.get(chosen).size();
        StringBuilder reason = new StringBuilder(who).append("，");
        if (common.isEmpty()) {
            reason.append("身高对应").append(labels(rows, byHeight.rows))
                    .append("、体重对应").append(labels(rows, byWeight.rows));
        } else {
            reason.append("介于").append(labels(rows, pool)).append("之间");
        }
        reason.append("，按本款规则（").append(rule.chinese());
        if (decided != rule) {
            reason.append("，").append(rule == InBetweenRule.BY_WEIGHT ? "体重" : "身高")
                    .append(decider(rule, byHeight, byWeight) ? "也在两码之间" : "未知").append("时选大一码");
        }
        reason.append("）建议").append(size).append(missing);
        return new SizeAdvice(SizeAdvice.Status.IN_BETWEEN, Optional.of(size), reason.toString(), true,
                Optional.of(decided));
    }

    private static boolean decider(InBetweenRule rule, Selection byHeight, Selection byWeight) {
        return (rule == InBetweenRule.BY_WEIGHT ? byWeight : byHeight).rows != null;
    }

    private static String missingNote(SizeChart chart, BodyMeasurements body) {
        boolean chartHasWeight = chart.rows().stream().anyMatch(r -> r.weight().isPresent());
        boolean chartHasHeight = chart.rows().stream().anyMatch(r -> r.height().isPresent());
        if (body.weightKg().isEmpty() && chartHasWeight) {
            return "（买家未说体重，可再确认）";
        }
        if (body.heightCm().isEmpty() && chartHasHeight) {
            return "（买家未说身高，可再确认）";
        }
        return "";
    }

    private static String labels(List<SizeChart.Row> rows, java.util.Collection<Integer> indexes) {
        List<String> names = new ArrayList<>();
        for (int i : new TreeSet<>(indexes)) {
            names.add(rows.get(i).size());
        }
        return String.join("和", names);
    }

    /** rows == null: measure missing or the chart has no column for it. */
    private record Selection(List<Integer> rows, String outOfChart) {
    }

    private static Selection select(List<SizeChart.Row> rows, boolean height, OptionalDouble measure) {
        if (measure.isEmpty()) {
            return new Selection(null, null);
        }
        double value = measure.getAsDouble();
        List<Integer> withColumn = new ArrayList<>();
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Optional<SizeChart.Range> range = rows.get(i).range(height);
            if (range.isPresent()) {
                withColumn.add(i);
                if (range.get().contains(value)) {
                    matching.add(i);
                }
            }
        }
        if (withColumn.isEmpty()) {
            return new Selection(null, null);
        }
        if (!matching.isEmpty()) {
            return new Selection(matching, null);
        }
        String name = height ? "身高" : "体重";
        String unit = height ? "cm" : "kg";
        SizeChart.Row first = rows.get(withColumn.get(0));
        SizeChart.Row last = rows.get(withColumn.get(withColumn.size() - 1));
        double min = first.range(height).orElseThrow().min();
        double max = last.range(height).orElseThrow().max();
        if (value < min) {
            return new Selection(null, name + "低于最小码" + first.size() + "的" + BodyMeasurements.format(min) + unit);
        }
        if (value > max) {
            return new Selection(null, name + "超过最大码" + last.size() + "的" + BodyMeasurements.format(max) + unit);
        }
        // In a gap: the last row ending below and the first row starting above.
        int below = -1;
        int above = -1;
        for (int i : withColumn) {
            SizeChart.Range range = rows.get(i).range(height).orElseThrow();
            if (range.max() < value) {
                below = i;
            }
            if (range.min() > value && above < 0) {
                above = i;
            }
        }
        return new Selection(List.of(below, above), null);
    }
}
