package io.zhuanhua.metrics.conversion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.metrics.money.Money;

/**
 * Counts DOMAIN.md's conversion figures per day from plain facts: inquiring, ordering and paying buyers
 * of the shop and of each party, silent orders by order day, and CS sales with each order counted once,
 * on the earliest day it stands behind.
 * <p>
 * The facts must be complete for the period: every inquiry whose window reaches into it (first buyer
 * messages from {@code windowDays} days before its start to its end), every order created from its start
 * to the end of the last day's window, and the replies to those inquiries' buyers over the same span.
 */
public final class ConversionCalculator {
    private final ShopCalendar calendar;

    public ConversionCalculator(ShopCalendar calendar) {
        this.calendar = calendar;
    }

    public DailyConversion daily(ReportPeriod period, Collection<ConsultationFact> consultations,
            Collection<ReplyFact> replies, Collection<OrderFact> orders) {
        Attribution attribution = new Attribution(calendar, consultations, replies);
        Map<String, List<OrderFact>> ordersByBuyer = new HashMap<>();
        Map<OrderFact, OrderAttribution> attributed = new HashMap<>();
        for (OrderFact order : orders) {
            ordersByBuyer.computeIfAbsent(order.buyerId(), b -> new ArrayList<>()).add(order);
            attributed.put(order, attribution.attribute(order));
        }

        Map<LocalDate, Tally> shop = new TreeMap<>();
        period.days().forEach(day -> shop.put(day, new Tally()));
        Map<LocalDate, Map<Party, Tally>> parties = new TreeMap<>();

        for (Inquiry inquiry : attribution.inquiries()) {
            if (!period.contains(inquiry.day())) {
                continue;
            }
            List<OrderFact> inWindow = ordersByBuyer.getOrDefault(inquiry.buyerId(), List.of()).stream()
                    .filter(inquiry::covers).toList();
            shop.get(inquiry.day()).countInquiry(inWindow);
            for (Party party : attribution.servedBy(inquiry)) {
                parties.computeIfAbsent(inquiry.day(), d -> new TreeMap<>()).computeIfAbsent(party, p -> new Tally())
                        .countInquiry(inWindow.stream().filter(o -> attributed.get(o).belongsTo(party)).toList());
            }
        }

        Set<String> currencies = new TreeSet<>();
        for (OrderFact order : orders) {
            List<Inquiry> covering = attribution.covering(order);
            LocalDate orderDay = calendar.dayOf(order.createdAt());
            if (period.contains(orderDay)) {
                shop.get(orderDay).countOrderingBuyer(order.buyerId(), covering.isEmpty());
            }
            if (!order.paid() || covering.isEmpty()) {
                continue;
            }
            // A paid order in a window makes that inquiry's buyer paying; it counts once, on the earliest day.
            LocalDate salesDay = covering.get(0).day();
            if (period.contains(salesDay)) {
                shop.get(salesDay).addSales(order.paidAmount(), currencies);
            }
            Party party = attributed.get(order).party();
            if (party == null) {
                continue;
            }
            Optional<Inquiry> earliestServed = covering.stream()
                    .filter(i -> attribution.servedBy(i).contains(party)).findFirst();
            if (earliestServed.isPresent() && period.contains(earliestServed.get().day())) {
                parties.get(earliestServed.get().day()).get(party).addSales(order.paidAmount(), currencies);
            }
        }
        if (currencies.size() > 1) {
            throw new PreconditionFailedException(
                    "the shop's paid orders in this period are in several currencies " + currencies
                            + "; CS sales cannot be summed");
        }

        SortedMap<LocalDate, ConversionFigures> shopFigures = new TreeMap<>();
        shop.forEach((day, tally) -> shopFigures.put(day, tally.figures()));
        SortedMap<LocalDate, SortedMap<Party, ConversionFigures>> partyFigures = new TreeMap<>();
        parties.forEach((day, byParty) -> {
            SortedMap<Party, ConversionFigures> row = new TreeMap<>();
            byParty.forEach((party, tally) -> row.put(party, tally.figures()));
            partyFigures.put(day, row);
        });
        return new DailyConversion(period, currencies.isEmpty() ? Money.DEFAULT_CURRENCY : currencies.iterator().next(),
                shopFigures, partyFigures);
    }

    /** The counts of one day and row while they are being gathered. */
    private static final class Tally {
        private long inquiring;
        private long ordering;
        private long paying;
        private final Set<String> orderingBuyers = new HashSet<>();
        private final Set<String> silentBuyers = new HashSet<>();
        private long csSalesMinor;

        /** One inquiry (a distinct buyer of the day) with its orders in the window that count for the row. */
        void countInquiry(List<OrderFact> ordersInWindow) {
            inquiring++;
            if (!ordersInWindow.isEmpty()) {
                ordering++;
            }
            if (ordersInWindow.stream().anyMatch(OrderFact::paid)) {
                paying++;
            }
        }

        void countOrderingBuyer(String buyerId, boolean silent) {
            orderingBuyers.add(buyerId);
            if (silent) {
                silentBuyers.add(buyerId);
            }
        }

        void addSales(Money paid, Set<String> currencies) {
            currencies.add(paid.currency());
            csSalesMinor += paid.amountMinor();
        }

        ConversionFigures figures() {
            return new ConversionFigures(inquiring, ordering, paying, silentBuyers.size(), orderingBuyers.size(),
                    csSalesMinor);
        }
    }
}
