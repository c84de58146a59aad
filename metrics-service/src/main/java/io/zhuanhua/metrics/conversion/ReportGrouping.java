package io.zhuanhua.metrics.conversion;

/** How a report's rows are grouped; none means the total only. */
public enum ReportGrouping {
    /** A row per shop-local day. */
    DAY,
    /** A row per agent, and one for the bot. */
    AGENT
}
