package io.zhuanhua.scripts.size;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A buyer's body measurements as read from a chat line: height in centimetres and weight in kilograms,
 * each optional. Weights the buyer gave in 斤 are already converted (1 斤 = 0.5 kg).
 */
public record BodyMeasurements(OptionalDouble heightCm, OptionalDouble weightKg) {

    private static final BodyMeasurements EMPTY = new BodyMeasurements(OptionalDouble.empty(), OptionalDouble.empty());

    public BodyMeasurements {
        Objects.requireNonNull(heightCm, "heightCm");
        Objects.requireNonNull(weightKg, "weightKg");
    }

    public static BodyMeasurements empty() {
        return EMPTY;
    }

    public static BodyMeasurements of(double heightCm, double weightKg) {
        return new BodyMeasurements(OptionalDouble.of(heightCm), OptionalDouble.of(weightKg));
    }

    public static BodyMeasurements height(double heightCm) {
        return new BodyMeasurements(OptionalDouble.of(heightCm), OptionalDouble.empty());
    }

    public static BodyMeasurements weight(double weightKg) {
        return new BodyMeasurements(OptionalDouble.empty(), OptionalDouble.of(weightKg));
    }

    /** True when neither height nor weight is known. */
    public boolean isEmpty() {
        return heightCm.isEmpty() && weightKg.isEmpty();
    }

    /** "身高175cm 体重70kg（140斤）", "身高160cm", "体重50kg（100斤）" or "" when empty. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        heightCm.ifPresent(h -> text.append("身高").append(format(h)).append("cm"));
        weightKg.ifPresent(w -> {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append("体重").append(format(w)).append("kg（").append(format(w * 2)).append("斤）");
        });
        return text.toString();
    }

    /** 175.0 → "175", 62.5 → "62.5". */
    static String format(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
