package io.zhuanhua.metrics.questions;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * One category's share of a scope's questions.
 *
 * @param inquiries       inquiries of the scope that asked about it
 * @param share           inquiries / the sum of inquiries over the scope's categories
 * @param cumulativeShare the shares of this and every larger category
 * @param pareto          one of the categories that make the first 80% (the one crossing 80% included)
 * @param lostInquiries   of its inquiries, those without an order in the window
 */
public record CategoryShare(Category category, long inquiries, double share, double cumulativeShare, boolean pareto,
        long lostInquiries) {

    /** lost / asking inquiries. */
    public double lossRate() {
        return inquiries == 0 ? 0 : (double) lostInquiries / inquiries;
    }
}
