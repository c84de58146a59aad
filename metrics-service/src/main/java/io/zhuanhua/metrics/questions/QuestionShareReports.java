package io.zhuanhua.metrics.questions;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.inquiry.PeriodInquiries;

/** Question shares of a shop's inquiries of a period, from the stored facts (see {@link QuestionShareReport}). */
@ApplicationScoped
public class QuestionShareReports {
    private final PeriodInquiries inquiries;

    public QuestionShareReports(PeriodInquiries inquiries) {
        this.inquiries = inquiries;
    }

    @Transactional
    public QuestionShareReport report(String shopId, ReportPeriod period, Set<String> itemIds, int maxProducts,
            int pageCategories) {
        return QuestionShareReport.of(inquiries.of(shopId, period), itemIds, maxProducts, pageCategories);
    }
}
