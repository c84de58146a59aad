package io.zhuanhua.metrics.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.metrics.config.ShopCalendars;
import io.zhuanhua.metrics.consultation.ConsultationEntity;
import io.zhuanhua.metrics.consultation.ConsultationReplyEntity;
import io.zhuanhua.metrics.consultation.ConsultationSnapshot;
import io.zhuanhua.metrics.conversion.ShopCalendar;
import io.zhuanhua.metrics.order.OrderEntity;

/**
 * Which rollup days a change of facts can touch, marked dirty in the transaction that writes the change.
 * A fact at instant t can only change days from day(t) - windowDays to day(t) + windowDays: an inquiry
 * reaches the orders of its window, an order the inquiries whose window covers it, and a reply the orders
 * created after it in a window that started before it (DOMAIN.md "Attribution").
 */
@ApplicationScoped
public class RollupMarker {
    private final ShopCalendars calendars;
    private final RollupStore store;

    public RollupMarker(ShopCalendars calendars, RollupStore store) {
        this.calendars = calendars;
        this.store = store;
    }

    /**
     * Adds the days the stored conversation touches now and those the snapshot will make it touch. Call
     * before the snapshot is applied.
     */
    public void conversationChanging(ConsultationEntity stored, ConsultationSnapshot next, Set<ShopDay> into) {
        String shopId = stored.shopId != null ? stored.shopId : next.shopId();
        if (shopId == null) {
            return;
        }
        Object[] oldReplies = ConsultationReplyEntity.getEntityManager().createQuery(
                "select min(sentAt), max(sentAt) from ConsultationReplyEntity where conversationId = ?1", Object[].class)
                .setParameter(1, stored.conversationId).getSingleResult();
        Stream<Instant> old = Stream.of(stored.firstBuyerMessageAt, stored.lastMessageAt, (Instant) oldReplies[0],
                (Instant) oldReplies[1]);
        Stream<Instant> fresh = next.removed() ? Stream.empty()
                : Stream.concat(Stream.of(next.firstBuyerMessageAt(), next.lastMessageAt()),
                        next.replies().stream().map(ConsultationSnapshot.Reply::sentAt));
        around(shopId, Stream.concat(old, fresh).filter(Objects::nonNull).toList(), into);
    }

    /** Adds the days an order touches (none before it is created: it counts nowhere). */
    public void orderChanged(OrderEntity order, Set<ShopDay> into) {
        if (order.createdAt != null) {
            around(order.shopId, Set.of(order.createdAt), into);
        }
    }

    /** Marks the gathered days dirty. */
    public void mark(Set<ShopDay> days) {
        store.markDirty(days);
    }

    /** The days from the earliest instant's minus the window to the latest's plus the window. */
    private void around(String shopId, Collection<Instant> instants, Set<ShopDay> into) {
        if (instants.isEmpty()) {
            return;
        }
        ShopCalendar calendar = calendars.of(shopId);
        LocalDate from = calendar.dayOf(instants.stream().min(Instant::compareTo).orElseThrow())
                .minusDays(calendar.windowDays());
        LocalDate to = calendar.dayOf(instants.stream().max(Instant::compareTo).orElseThrow())
                .plusDays(calendar.windowDays());
        from.datesUntil(to.plusDays(1)).forEach(day -> into.add(new ShopDay(shopId, day)));
    }
}
