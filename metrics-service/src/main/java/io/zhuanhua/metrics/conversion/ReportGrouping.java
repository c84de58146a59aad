package io.zhuanhua.metrics.conversion;

import java.util.Set;

import io.zhuanhua.kit.error.InvalidFieldException;

/** How a report's rows are grouped; none means the total only. DAY combines with one of the others. */
public enum ReportGrouping {
    /** A row per shop-local day. */
    DAY(null),
    /** A row per agent, and one for the bot. */
    AGENT(Dimension.AGENT),
    /** A row per shop-local hour of the day. */
    HOUR(Dimension.HOUR),
    /** A row per product. */
    PRODUCT(Dimension.PRODUCT),
    /** A row per main question category. */
    CATEGORY(Dimension.CATEGORY),
    /** A row per platform. */
    PLATFORM(Dimension.PLATFORM);

    private final Dimension dimension;

    ReportGrouping(Dimension dimension) {
        this.dimension = dimension;
    }

    /** The dimension the groupings ask for besides the day; null for none. At most one is allowed. */
    public static Dimension dimensionOf(Set<ReportGrouping> groupBy) {
        Dimension found = null;
        for (ReportGrouping grouping : groupBy) {
            if (grouping.dimension != null) {
                if (found != null) {
                    throw new InvalidFieldException("group_by",
                            "at most one grouping besides DAY (AGENT, HOUR, PRODUCT, CATEGORY or PLATFORM)");
                }
                found = grouping.dimension;
            }
        }
        return found;
    }
}
