package io.zhuanhua.compliance;

/**
 * Marketplace or storefront a shop sells on; the same values as the proto enum {@code zhuanhua.common.v1.Platform}
 * without its {@code PLATFORM_} prefix. Platform rules differ: which link domains are the platform's own, which
 * rival names it punishes.
 */
public enum Platform {
    /** Taobao (淘宝). */
    TAOBAO,
    /** Tmall (天猫). */
    TMALL,
    /** JD (京东). */
    JD,
    /** Pinduoduo (拼多多). */
    PINDUODUO,
    /** Douyin shop (抖店). */
    DOUYIN,
    /** The shop's own site or mini-program. */
    OWN_SITE
}
