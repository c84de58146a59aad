package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;


/**
 * Counts DOMAIN.md's figures per day and row from plain facts.
 * <ul>
 * <li>Inquiry rows (shop, agent, hour, product, category, platform): each row is a cohort of the day's
 * inquiries (the agents and bot who served them, the hour of the first buyer message, the products,
 * main categories and platforms of their conversations); its ordering and paying buyers are those of the
 * cohort with an order in the window (on agent rows: an order attributed to that agent); its CS sales are
 * the paid orders behind them, each counted once, on the earliest day of the cohort it stands behind, with
 * their refunds.</li>
 * <li>Order rows (shop, hour, platform): silent and all ordering buyers by the order's creation day.</li>
 * <li>Conversation rows (all but agent): response times and bot figures of the conversations whose first
 * buyer message fell on the day; agent rows get the waits the agent, or the bot, answered.</li>
 * </ul>
 * The facts must be complete for the period: every conversation whose window reaches into it (first buyer
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
        Map<String, ConsultationFact> byId = new HashMap<>();
        consultations.stream().filter(ConsultationFact::written).forEach(c -> byId.put(c.conversationId(), c));
        Map<String, List<OrderFact>> ordersByBuyer = new HashMap<>();
        Map<OrderFact, OrderAttribution> attributed = new HashMap<>();
        for (OrderFact order : orders) {
            ordersByBuyer.computeIfAbsent(order.buyerId(), b -> new ArrayList<>()).add(order);
            attributed.put(order, attribution.attribute(order));
        }
        Rows rows = new Rows();

        Map<Inquiry, Set<RowKey>> cohorts = new HashMap<>();
        for (Inquiry inquiry : attribution.inquiries()) {
            Set<RowKey> keys = cohortKeys(inquiry, attribution, byId);
            cohorts.put(inquiry, keys);
            if (!period.contains(inquiry.day())) {
                continue;
            }
            List<OrderFact> inWindow = ordersByBuyer.getOrDefault(inquiry.buyerId(), List.of()).stream()
                    .filter(inquiry::covers).toList();
            Handling handling = Handling.of(inquiry, byId);
            for (RowKey key : keys) {
                Party party = key.party();
                Tally tally = rows.at(inquiry.day(), key);
                if (party == null) {
                    tally.countInquiry(inWindow);
                    tally.countHandling(handling, !inWindow.isEmpty());
                } else {
                    tally.countInquiry(inWindow.stream().filter(o -> attributed.get(o).belongsTo(party)).toList());
                }
            }
        }

        Set<String> currencies = new TreeSet<>();
        for (OrderFact order : orders) {
            List<Inquiry> covering = attribution.covering(order);
            LocalDate orderDay = calendar.dayOf(order.createdAt());
            if (period.contains(orderDay)) {
                for (RowKey key : orderKeys(order)) {
                    rows.at(orderDay, key).countOrderingBuyer(order.buyerId(), covering.isEmpty());
                }
            }
            if (!order.paid() || covering.isEmpty()) {
                continue;
            }
            // A paid order in a window makes that inquiry's buyer paying; in each row it counts once, on the
            // earliest day it stands behind there. Agent rows only take the orders attributed to them.
            Party party = attributed.get(order).party();
            Map<RowKey, LocalDate> salesDays = new LinkedHashMap<>();
            for (Inquiry inquiry : covering) {
                for (RowKey key : cohorts.get(inquiry)) {
                    if (key.party() == null || key.party().equals(party)) {
                        salesDays.putIfAbsent(key, inquiry.day());
                    }
                }
            }
            salesDays.forEach((key, day) -> {
                if (period.contains(day)) {
                    rows.at(day, key).addSales(order, currencies);
                }
            });
        }
        String currency = DailyConversion.currencyOf(currencies);

        for (ConsultationFact conversation : byId.values()) {
            LocalDate day = calendar.dayOf(conversation.firstBuyerMessageAt());
            if (conversation.facts() != null && period.contains(day)) {
                countResponses(rows, day, conversation);
            }
        }

        SortedMap<LocalDate, SortedMap<RowKey, ConversionFigures>> figures = new TreeMap<>();
        rows.byDay.forEach((day, byKey) -> {
            SortedMap<RowKey, ConversionFigures> row = new TreeMap<>();
            byKey.forEach((key, tally) -> row.put(key, tally.figures()));
            figures.put(day, row);
        });
        return new DailyConversion(period, currency, figures);
    }

    /** The shop, the parties who served the inquiry, its hour, and its conversations' products, categories and platforms. */
    private Set<RowKey> cohortKeys(Inquiry inquiry, Attribution attribution, Map<String, ConsultationFact> byId) {
        Set<RowKey> keys = new TreeSet<>();
        keys.add(RowKey.SHOP);
        keys.add(hourOf(inquiry.firstBuyerMessageAt()));
        attribution.servedBy(inquiry).forEach(party -> keys.add(RowKey.of(party)));
        for (String id : inquiry.conversationIds()) {
            ConsultationFact conversation = byId.get(id);
            if (conversation != null && conversation.facts() != null) {
                keys.addAll(subjectKeys(conversation.facts()));
            }
        }
        return keys;
    }

    private static List<RowKey> subjectKeys(ConversationFacts facts) {
        List<RowKey> keys = new ArrayList<>(3);
        if (facts.productId() != null) {
            keys.add(new RowKey(Dimension.PRODUCT, facts.productId()));
        }
        if (facts.mainCategory() != null) {
            keys.add(new RowKey(Dimension.CATEGORY, facts.mainCategory()));
        }
        if (facts.platform() != null) {
            keys.add(new RowKey(Dimension.PLATFORM, facts.platform()));
        }
        return keys;
    }

    private List<RowKey> orderKeys(OrderFact order) {
        List<RowKey> keys = new ArrayList<>(3);
        keys.add(RowKey.SHOP);
        keys.add(hourOf(order.createdAt()));
        if (order.platform() != null) {
            keys.add(new RowKey(Dimension.PLATFORM, order.platform()));
        }
        return keys;
    }

    private RowKey hourOf(Instant instant) {
        return RowKey.hour(instant.atZone(calendar.zone()).getHour());
    }

    /**
     * A conversation's waits go to the rows of its day (shop, hour, product, category, platform); each wait
     * also to the row of the party who answered it.
     */
    private void countResponses(Rows rows, LocalDate day, ConsultationFact conversation) {
        ConversationFacts facts = conversation.facts();
        List<RowKey> keys = new ArrayList<>(subjectKeys(facts));
        keys.add(RowKey.SHOP);
        keys.add(hourOf(conversation.firstBuyerMessageAt()));
        for (RowKey key : keys) {
            Tally tally = rows.at(day, key);
            tally.countConversation(conversation.buyerId(), facts);
            tally.addFirstResponses(facts.humanFirst(), facts.botFirst());
            facts.turns().forEach(tally::addTurn);
        }
        if (facts.humanFirst() != null) {
            rows.at(day, RowKey.of(facts.humanFirst().answeredBy())).addFirstResponses(facts.humanFirst(), null);
        }
        if (facts.botFirst() != null) {
            rows.at(day, RowKey.of(Party.BOT)).addFirstResponses(null, facts.botFirst());
        }
        facts.turns().stream().filter(ResponseWait::answered)
                .forEach(turn -> rows.at(day, RowKey.of(turn.answeredBy())).addTurn(turn));
    }

    /** Whether the bot alone answered an inquiry's conversations, or handed one of them to a human. */
    private record Handling(boolean botOnly, boolean transferred) {
        static Handling of(Inquiry inquiry, Map<String, ConsultationFact> byId) {
            boolean botOnly = true;
            boolean transferred = false;
            for (String id : inquiry.conversationIds()) {
                ConversationFacts facts = byId.get(id).facts();
                botOnly &= facts != null && facts.botOnly();
                transferred |= facts != null && facts.transferred();
            }
            return new Handling(botOnly, transferred);
        }
    }

    /** The tallies of each day and row. */
    private static final class Rows {
        final Map<LocalDate, Map<RowKey, Tally>> byDay = new HashMap<>();

        Tally at(LocalDate day, RowKey key) {
            return byDay.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(key, k -> new Tally());
        }
    }

    /** The counts of one day and row while they are being gathered. */
    private static final class Tally {
        private long inquiring;
        private long ordering;
        private long paying;
        private final Set<String> orderingBuyers = new HashSet<>();
        private final Set<String> silentBuyers = new HashSet<>();
        private long csSalesMinor;
        private long refunds;
        private long refundedMinor;
        private final Waits humanFirst = new Waits();
        private final Waits botFirst = new Waits();
        private final Waits turns = new Waits();
        private long unansweredTurns;
        private final Set<String> messagedBuyers = new HashSet<>();
        private final Set<String> repliedBuyers = new HashSet<>();
        private long botConversations;
        private long botOnlyConversations;
        private long transferredConversations;
        private long botOnlyInquiries;
        private long botOnlyOrdering;
        private long transferredInquiries;
        private long transferredOrdering;

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

        void countHandling(Handling handling, boolean ordered) {
            if (handling.botOnly()) {
                botOnlyInquiries++;
                botOnlyOrdering += ordered ? 1 : 0;
            }
            if (handling.transferred()) {
                transferredInquiries++;
                transferredOrdering += ordered ? 1 : 0;
            }
        }

        void countOrderingBuyer(String buyerId, boolean silent) {
            orderingBuyers.add(buyerId);
            if (silent) {
                silentBuyers.add(buyerId);
            }
        }

        void addSales(OrderFact order, Set<String> currencies) {
            currencies.add(order.paidAmount().currency());
            csSalesMinor += order.paidAmount().amountMinor();
            refunds += order.refunds();
            refundedMinor += order.refundedMinor();
        }

        void countConversation(String buyerId, ConversationFacts facts) {
            messagedBuyers.add(buyerId);
            if (facts.replied()) {
                repliedBuyers.add(buyerId);
            }
            if (facts.botReplied()) {
                botConversations++;
            }
            botOnlyConversations += facts.botOnly() ? 1 : 0;
            transferredConversations += facts.transferred() ? 1 : 0;
        }

        void addFirstResponses(ResponseWait human, ResponseWait bot) {
            humanFirst.add(human);
            botFirst.add(bot);
        }

        void addTurn(ResponseWait turn) {
            if (turn.answered()) {
                turns.add(turn);
            } else {
                unansweredTurns++;
            }
        }

        ConversionFigures figures() {
            return new ConversionFigures(inquiring, ordering, paying, silentBuyers.size(), orderingBuyers.size(),
                    csSalesMinor, refunds, refundedMinor,
                    new ResponseFigures(humanFirst.calendar(), humanFirst.business(), botFirst.calendar(),
                            botFirst.business(), turns.calendar(), turns.business(), unansweredTurns,
                            messagedBuyers.size(), repliedBuyers.size()),
                    new BotFigures(botConversations, botOnlyConversations, transferredConversations, botOnlyInquiries,
                            botOnlyOrdering, transferredInquiries, transferredOrdering));
        }
    }

    /** Calendar and business waits, the histograms made only when a wait comes (most rows have none). */
    private static final class Waits {
        private WaitStats.Builder calendar;
        private WaitStats.Builder business;

        void add(ResponseWait wait) {
            if (wait == null) {
                return;
            }
            if (calendar == null) {
                calendar = new WaitStats.Builder();
                business = new WaitStats.Builder();
            }
            calendar.add(wait.calendarMillis());
            business.add(wait.businessMillis());
        }

        WaitStats calendar() {
            return calendar == null ? WaitStats.EMPTY : calendar.build();
        }

        WaitStats business() {
            return business == null ? WaitStats.EMPTY : business.build();
        }
    }
}
