package io.zhuanhua.metrics.lost;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of lost inquiries ordered by first buyer message, then buyer id.
 *
 * @param next  where the next page starts; empty on the last page
 * @param total lost inquiries matching the filter over the whole period
 */
public record LostInquiryPage(List<LostInquiry> lostInquiries, Optional<Cursor> next, long total) {

    public LostInquiryPage {
        lostInquiries = List.copyOf(lostInquiries);
    }

    /** The position after a lost inquiry: a buyer has one inquiry per day, so the pair is unique. */
    public record Cursor(Instant firstBuyerMessageAt, String buyerId) implements Comparable<Cursor> {
        public Cursor {
            Objects.requireNonNull(firstBuyerMessageAt, "firstBuyerMessageAt");
            Objects.requireNonNull(buyerId, "buyerId");
        }

        public static Cursor of(LostInquiry lost) {
            return new Cursor(lost.firstBuyerMessageAt(), lost.buyerId());
        }

        @Override
        public int compareTo(Cursor other) {
            int byTime = firstBuyerMessageAt.compareTo(other.firstBuyerMessageAt);
            return byTime != 0 ? byTime : buyerId.compareTo(other.buyerId);
        }
    }
}
