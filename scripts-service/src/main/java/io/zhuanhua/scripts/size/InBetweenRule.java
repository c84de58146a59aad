package io.zhuanhua.scripts.size;

/**
 * A size chart's own rule for a buyer between two sizes: height and weight point to different sizes,
 * or a measure falls on the shared boundary of two rows or into a gap between them.
 */
public enum InBetweenRule {
    /** Pick the larger size (the usual seller default: 两个码之间选大一码). */
    LARGER("选大一码"),
    /** Pick the smaller size (fitted cuts, stretch fabrics). */
    SMALLER("选小一码"),
    /** Weight decides; if weight itself is between two sizes (or missing), pick the larger of them. */
    BY_WEIGHT("以体重为准"),
    /** Height decides; if height itself is between two sizes (or missing), pick the larger of them. */
    BY_HEIGHT("以身高为准");

    private final String chinese;

    InBetweenRule(String chinese) {
        this.chinese = chinese;
    }

    /** The rule as an agent would say it: "选大一码". */
    public String chinese() {
        return chinese;
    }
}
