package io.zhuanhua.metrics.dsr;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * One dimension of a shop's DSR.
 *
 * @param industry the figures the position is measured against, if any
 * @param recovery by k = 1..4, the 5-star ratings that make up for one k-star rating
 */
public record DimensionDsr(StarCounts counts, OptionalDouble score, Optional<IndustryBenchmark> industry,
        OptionalDouble position, SortedMap<Integer, OptionalLong> recovery) {
}
