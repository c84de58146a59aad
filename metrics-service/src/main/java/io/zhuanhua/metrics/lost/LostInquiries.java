package io.zhuanhua.metrics.lost;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;
import io.zhuanhua.metrics.inquiry.PeriodInquiries;
import io.zhuanhua.metrics.lost.LostInquiryPage.Cursor;

/**
 * 询单流失 of a shop from the stored facts: each inquiring buyer of the period without an order in the window,
 * with the reason {@link ReasonPrecedence} decides, in aggregate or as a paged list. A day whose windows
 * have not ended yet may still lose lost inquiries to late orders.
 */
@ApplicationScoped
public class LostInquiries {
    private final PeriodInquiries inquiries;

    public LostInquiries(PeriodInquiries inquiries) {
        this.inquiries = inquiries;
    }

    @Transactional
    public LostInquirySummary summary(String shopId, ReportPeriod period) {
        return LostInquirySummary.of(inquiries.of(shopId, period));
    }

    /**
     * @param after where the page starts (exclusive); empty for the first page
     * @param limit at most this many
     */
    @Transactional
    public LostInquiryPage list(String shopId, ReportPeriod period, LostInquiryFilter filter, Optional<Cursor> after,
            int limit) {
        List<LostInquiry> matching = inquiries.of(shopId, period).stream().filter(InquiryOutcome::lost)
                .map(LostInquiry::of).filter(filter::matches).sorted((a, b) -> Cursor.of(a).compareTo(Cursor.of(b)))
                .toList();
        List<LostInquiry> rest = after.map(a -> matching.stream().filter(l -> Cursor.of(l).compareTo(a) > 0).toList())
                .orElse(matching);
        List<LostInquiry> page = rest.stream().limit(limit).toList();
        Optional<Cursor> next = rest.size() > limit ? Optional.of(Cursor.of(page.get(page.size() - 1)))
                : Optional.empty();
        return new LostInquiryPage(page, next, matching.size());
    }
}
