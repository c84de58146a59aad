package io.zhuanhua.metrics.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.metrics.conversion.ConsultationFact;
import io.zhuanhua.metrics.conversion.OrderFact;
import io.zhuanhua.metrics.conversion.Party;
import io.zhuanhua.metrics.conversion.ReplyFact;
import io.zhuanhua.metrics.conversion.ReportPeriod;
import io.zhuanhua.metrics.conversion.ShopCalendar;
import io.zhuanhua.metrics.money.Money;

/**
 * A shop day's facts for the outcome tests, in Asia/Shanghai local time ("10:00" is on {@link #DAY}):
 * conversations with their analysis, replies and orders.
 */
public final class Day {
    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final ShopCalendar CALENDAR = new ShopCalendar(ZoneId.of("Asia/Shanghai"), 1);

    private final List<ConsultationFact> consultations = new ArrayList<>();
    private final List<ReplyFact> replies = new ArrayList<>();
    private final List<OrderFact> orders = new ArrayList<>();
    private final Map<String, String> buyers = new HashMap<>();
    private final Map<String, Conversation> conversations = new HashMap<>();
    private int orderIds;

    public static Instant at(String time) {
        return LocalDateTime.of(DAY, LocalTime.parse(time)).atZone(CALENDAR.zone()).toInstant();
    }

    /** A conversation being described. */
    public final class Conversation {
        private final String id;
        private final Instant first;
        private final List<Category> categories = new ArrayList<>();
        private final List<String> items = new ArrayList<>();
        private final List<LossEvidence> evidence = new ArrayList<>();
        private final Set<String> scripts = new HashSet<>();

        private Conversation(String id, Instant first) {
            this.id = id;
            this.first = first;
        }

        public Conversation asks(Category... asked) {
            categories.addAll(List.of(asked));
            return this;
        }

        public Conversation about(String... itemIds) {
            items.addAll(List.of(itemIds));
            return this;
        }

        public Conversation evidence(LossSignal signal, String time, String detail) {
            evidence.add(new LossEvidence(signal, "买家", "", detail, at(time), id));
            return this;
        }

        public Conversation agent(String agentId, String time) {
            replies.add(new ReplyFact(id, buyers.get(id), Party.agent(agentId), at(time)));
            return this;
        }

        public Conversation agent(String agentId, String time, String scriptId) {
            scripts.add(scriptId);
            return agent(agentId, time);
        }

        public Conversation bot(String time) {
            replies.add(new ReplyFact(id, buyers.get(id), Party.BOT, at(time)));
            return this;
        }

        private ConversationFacts facts() {
            return new ConversationFacts(id, first, categories, items, evidence, Optional.empty(), List.of(), scripts);
        }
    }

    public Conversation inquiry(String conversationId, String buyerId, String firstBuyerMessage) {
        buyers.put(conversationId, buyerId);
        consultations.add(new ConsultationFact(conversationId, buyerId, true, false, at(firstBuyerMessage)));
        Conversation c = new Conversation(conversationId, at(firstBuyerMessage));
        conversations.put(conversationId, c);
        return c;
    }

    public Day order(String buyerId, String created) {
        orders.add(new OrderFact("TAOBAO:o" + ++orderIds, buyerId, at(created), null, null, null));
        return this;
    }

    public Day paidOrder(String buyerId, String created, long amountMinor) {
        orders.add(new OrderFact("TAOBAO:o" + ++orderIds, buyerId, at(created), at(created).plusSeconds(60), null,
                Money.of(amountMinor, "CNY")));
        return this;
    }

    public List<InquiryOutcome> outcomes() {
        return InquiryOutcomes.of(CALENDAR, new ReportPeriod(DAY, DAY), consultations, replies, orders,
                id -> conversations.containsKey(id) ? conversations.get(id).facts() : null);
    }
}
