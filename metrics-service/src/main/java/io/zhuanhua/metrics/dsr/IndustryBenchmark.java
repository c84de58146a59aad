package io.zhuanhua.metrics.dsr;

import io.zhuanhua.kit.error.InvalidFieldException;

/** Industry mean and max of one dimension, as the platform shows them: 1 ≤ mean ≤ max ≤ 5. */
public record IndustryBenchmark(double mean, double max) {

    /** @param field where the figures came from, named in a rejection */
    public static IndustryBenchmark of(double mean, double max, String field) {
        if (!(mean >= Rating.MIN_STARS && mean <= Rating.MAX_STARS)) {
            throw new InvalidFieldException(field + ".mean", "between 1 and 5");
        }
        if (!(max >= mean && max <= Rating.MAX_STARS)) {
            throw new InvalidFieldException(field + ".max", "between the mean and 5");
        }
        return new IndustryBenchmark(mean, max);
    }
}
