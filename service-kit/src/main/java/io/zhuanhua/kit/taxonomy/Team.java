package io.zhuanhua.kit.taxonomy;

/** Who can act on a loss reason (DOMAIN.md, "Why inquiries are lost, and whose job it is"). */
public enum Team {
    /** Junk traffic: buyers who were never going to buy. */
    TRAFFIC,
    /** Listing operations: the page, the shipping settings, what the shop promises. */
    LISTING,
    /** Stock, quality, genuine sourcing, how fast goods are ready to ship. */
    PRODUCT,
    /** Promotions: coupons, bundles, free shipping. */
    ACTIVITIES,
    /** How the agents and the bot handled the buyer. */
    CUSTOMER_SERVICE
}
