package io.zhuanhua.e2e;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Timestamp;

import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ConversationClosed;
import io.zhuanhua.proto.chat.v1.MessagePosted;
import io.zhuanhua.proto.chat.v1.TransferredToHuman;
import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.OrderCancelled;
import io.zhuanhua.proto.metrics.v1.OrderCreated;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderLine;
import io.zhuanhua.proto.metrics.v1.OrderPaid;

/**
 * A shop's chats and orders written as the story of its day, at shop-local times ("2026-11-24T10:00" or
 * "2026-11-24T10:00:05"), turned into the events a platform integration would send. Chat event ids are
 * the buyer's id numbered in writing order, so the same story always yields the same events (sending
 * them again sends duplicates), and stories about different buyers of one shop never share an id.
 */
public final class ShopEvents {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The name our stories give the shop's auto-reply bot. */
    public static final String BOT = "店小蜜";
    private static final String DEFAULT_ITEM = "item-1";

    private final Platform platform;
    private final ZoneId zone;
    private final List<ChatEvent> chatEvents = new ArrayList<>();
    private final List<OrderEvent> orderEvents = new ArrayList<>();
    private final Map<String, String> buyerOfOrder = new HashMap<>();
    private final Map<String, Integer> eventsOfBuyer = new HashMap<>();

    /** A Taobao shop in Asia/Shanghai, the default shop settings. */
    public ShopEvents() {
        this(Platform.PLATFORM_TAOBAO, SHANGHAI);
    }

    public ShopEvents(Platform platform, ZoneId zone) {
        this.platform = platform;
        this.zone = zone;
    }

    /** The buyer writes to the shop. */
    public ShopEvents buyer(String buyerId, String at, String text) {
        return message(buyerId, at, MessagePosted.newBuilder().setSenderRole(Role.ROLE_BUYER).setText(text));
    }

    /** The buyer writes from an after-sale entry point (the platform marks the thread after-sale). */
    public ShopEvents buyerAfterSale(String buyerId, String at, String text) {
        return message(buyerId, at,
                MessagePosted.newBuilder().setSenderRole(Role.ROLE_BUYER).setText(text).setAfterSale(true));
    }

    /** A human agent replies to the buyer. */
    public ShopEvents agent(String buyerId, String agentId, String at, String text) {
        return message(buyerId, at,
                MessagePosted.newBuilder().setSenderRole(Role.ROLE_AGENT).setAgentId(agentId).setText(text));
    }

    /** The auto-reply bot answers the buyer. */
    public ShopEvents bot(String buyerId, String at, String text) {
        return message(buyerId, at,
                MessagePosted.newBuilder().setSenderRole(Role.ROLE_BOT).setAgentId(BOT).setText(text));
    }

    /** The bot hands the buyer over to a human agent. */
    public ShopEvents transfer(String buyerId, String agentId, String at) {
        chatEvents.add(chat(buyerId, at).setTransferredToHuman(TransferredToHuman.newBuilder().setAgentId(agentId))
                .build());
        return this;
    }

    /** The conversation is closed; the buyer's next message starts a new one. */
    public ShopEvents close(String buyerId, String at) {
        chatEvents.add(chat(buyerId, at).setConversationClosed(ConversationClosed.getDefaultInstance()).build());
        return this;
    }

    /** The buyer places an order of one item, amount in fen. */
    public ShopEvents ordered(String orderId, String buyerId, String at, long amountFen) {
        return ordered(orderId, buyerId, at, amountFen, DEFAULT_ITEM);
    }

    /** The buyer places an order of one item, amount in fen. */
    public ShopEvents ordered(String orderId, String buyerId, String at, long amountFen, String itemId) {
        buyerOfOrder.put(orderId, buyerId);
        orderEvents.add(order(orderId, at).setCreated(OrderCreated.newBuilder()
                .setAmount(Money.newBuilder().setAmountMinor(amountFen).setCurrency("CNY"))
                .addLines(OrderLine.newBuilder().setItemId(itemId).setQuantity(1))).build());
        return this;
    }

    /** The buyer pays the order in full. */
    public ShopEvents paid(String orderId, String at) {
        orderEvents.add(order(orderId, at).setPaid(OrderPaid.getDefaultInstance()).build());
        return this;
    }

    /** The order is cancelled. */
    public ShopEvents cancelled(String orderId, String at, String reason) {
        orderEvents.add(order(orderId, at).setCancelled(OrderCancelled.newBuilder().setReason(reason)).build());
        return this;
    }

    public List<ChatEvent> chatEvents() {
        return List.copyOf(chatEvents);
    }

    public List<OrderEvent> orderEvents() {
        return List.copyOf(orderEvents);
    }

    /** A shop-local time as a protobuf timestamp. */
    public Timestamp at(String localDateTime) {
        var instant = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private ShopEvents message(String buyerId, String at, MessagePosted.Builder message) {
        chatEvents.add(chat(buyerId, at).setMessagePosted(message).build());
        return this;
    }

    private ChatEvent.Builder chat(String buyerId, String at) {
        return ChatEvent.newBuilder()
                .setEventId(buyerId + "-" + eventsOfBuyer.merge(buyerId, 1, Integer::sum))
                .setPlatform(platform)
                .setBuyerId(buyerId)
                .setOccurredAt(at(at));
    }

    private OrderEvent.Builder order(String orderId, String at) {
        String buyerId = buyerOfOrder.get(orderId);
        if (buyerId == null) {
            throw new IllegalArgumentException("order " + orderId + " was never placed in this story");
        }
        return OrderEvent.newBuilder()
                .setPlatform(platform)
                .setOrderId(orderId)
                .setBuyerId(buyerId)
                .setOccurredAt(at(at));
    }
}
