package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.consultation.ConsultationEntity;
import io.zhuanhua.metrics.consultation.ConsultationReplyEntity;
import io.zhuanhua.metrics.consultation.ConsultationRepository;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot.ReplierRole;
import io.zhuanhua.metrics.order.OrderEntity;
import io.zhuanhua.metrics.order.OrderRepository;

/**
 * Computes conversion reports from the stored facts at query time, so a report converges whatever the
 * order in which orders and conversations arrived. Loads only what the period needs (see
 * {@link ConversionCalculator} for what that is).
 */
@ApplicationScoped
public class ConversionReports {
    private final ShopCalendars calendars;
    private final ConsultationRepository consultations;
    private final OrderRepository orders;

    public ConversionReports(ShopCalendars calendars, ConsultationRepository consultations, OrderRepository orders) {
        this.calendars = calendars;
        this.consultations = consultations;
        this.orders = orders;
    }

    @Transactional
    public ConversionReport report(String shopId, ReportPeriod period, Set<ReportGrouping> groupBy) {
        Facts facts = load(shopId, period);
        DailyConversion daily = new ConversionCalculator(facts.calendar).daily(period, facts.inquiries, facts.replies,
                facts.orders);
        return ConversionReport.of(shopId, facts.calendar.zone(), daily, groupBy);
    }

    /** Every inquiry of the period with its outcome, computed from the same facts as {@link #report}. */
    @Transactional
    public List<InquiryOutcome> outcomes(String shopId, ReportPeriod period) {
        Facts facts = load(shopId, period);
        return new ConversionCalculator(facts.calendar).outcomes(period, facts.inquiries, facts.replies,
                facts.orders);
    }

    /** The facts {@link ConversionCalculator} needs for a period. */
    private record Facts(ShopCalendar calendar, List<ConsultationFact> inquiries, List<ReplyFact> replies,
            List<OrderFact> orders) {
    }

    private Facts load(String shopId, ReportPeriod period) {
        ShopCalendar calendar = calendars.of(shopId);
        // Inquiries up to windowDays before the period still cover orders of its first days.
        Instant inquiriesFrom = calendar.startOf(period.start().minusDays(calendar.windowDays()));
        Instant inquiriesTo = calendar.startOf(period.end().plusDays(1));
        Instant ordersFrom = calendar.startOf(period.start());
        Instant ordersTo = calendar.windowEnd(period.end());
        return new Facts(calendar,
                consultations.inquiries(shopId, inquiriesFrom, inquiriesTo).stream()
                        .map(ConversionReports::factOf).toList(),
                consultations.repliesForInquiries(shopId, inquiriesFrom, inquiriesTo, ordersTo).stream()
                        .map(ConversionReports::factOf).toList(),
                orders.createdBetween(shopId, ordersFrom, ordersTo).stream().map(ConversionReports::factOf).toList());
    }

    private static ConsultationFact factOf(ConsultationEntity c) {
        return new ConsultationFact(c.conversationId, c.buyerId, c.inquiry, c.removed, c.firstBuyerMessageAt);
    }

    private static ReplyFact factOf(ConsultationReplyEntity r) {
        return new ReplyFact(r.conversationId, r.buyerId,
                r.role == ReplierRole.BOT ? Party.BOT : Party.agent(r.agentId), r.sentAt);
    }

    private static OrderFact factOf(OrderEntity o) {
        return new OrderFact(o.platform + ":" + o.orderId, o.buyerId, o.createdAt, o.paidAt, o.cancelledAt,
                o.paidAmount());
    }
}
