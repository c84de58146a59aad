package io.zhuanhua.metrics.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zhuanhua.metrics.money.Money;

/** Builds a shop's facts in its local time, e.g. {@code s.inquiry("b1", "2026-03-02T10:00")}. */
final class Scenario {
    final ShopCalendar calendar;
    final List<ConsultationFact> consultations = new ArrayList<>();
    final List<ReplyFact> replies = new ArrayList<>();
    final List<OrderFact> orders = new ArrayList<>();
    private final Map<String, String> buyerOfConversation = new HashMap<>();
    private int conversations;
    private int orderIds;

    Scenario(ShopCalendar calendar) {
        this.calendar = calendar;
    }

    Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
    }

    /** A pre-sale conversation whose first buyer message is at the time; returns its id. */
    String inquiry(String buyerId, String firstBuyerMessageAt) {
        return conversation(buyerId, firstBuyerMessageAt, true, false);
    }

    String conversation(String buyerId, String firstBuyerMessageAt, boolean inquiry, boolean removed) {
        String id = "conv-" + ++conversations;
        buyerOfConversation.put(id, buyerId);
        consultations.add(new ConsultationFact(id, buyerId, inquiry, removed,
                firstBuyerMessageAt == null ? null : at(firstBuyerMessageAt)));
        return id;
    }

    /** Gives a conversation chat-service's analysis facts. */
    Scenario facts(String conversationId, ConversationFacts facts) {
        consultations.replaceAll(c -> c.conversationId().equals(conversationId)
                ? new ConsultationFact(c.conversationId(), c.buyerId(), c.inquiry(), c.removed(), c.firstBuyerMessageAt(),
                        facts)
                : c);
        return this;
    }

    Scenario reply(String conversationId, String agentId, String sentAt) {
        replies.add(new ReplyFact(conversationId, buyerOfConversation.get(conversationId), Party.agent(agentId),
                at(sentAt)));
        return this;
    }

    Scenario botReply(String conversationId, String sentAt) {
        replies.add(new ReplyFact(conversationId, buyerOfConversation.get(conversationId), Party.BOT, at(sentAt)));
        return this;
    }

    /** An order that was never paid. */
    OrderFact order(String buyerId, String createdAt) {
        return add(new OrderFact(nextOrderKey(), buyerId, at(createdAt), null, null, null));
    }

    /** An order paid a minute after it was created. */
    OrderFact paidOrder(String buyerId, String createdAt, long amountMinor) {
        return paidOrder(buyerId, createdAt, amountMinor, Money.DEFAULT_CURRENCY);
    }

    OrderFact paidOrder(String buyerId, String createdAt, long amountMinor, String currency) {
        Instant created = at(createdAt);
        return add(new OrderFact(nextOrderKey(), buyerId, created, created.plusSeconds(60), null,
                new Money(amountMinor, currency)));
    }

    OrderFact add(OrderFact order) {
        orders.add(order);
        return order;
    }

    String nextOrderKey() {
        return "TAOBAO:o-" + ++orderIds;
    }

    DailyConversion daily(String start, String end) {
        return new ConversionCalculator(calendar).daily(new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end)),
                consultations, replies, orders);
    }

    Attribution attribution() {
        return new Attribution(calendar, consultations, replies);
    }
}
