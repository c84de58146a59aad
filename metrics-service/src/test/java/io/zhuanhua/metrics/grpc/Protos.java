package io.zhuanhua.metrics.grpc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.google.protobuf.Timestamp;

import io.zhuanhua.proto.common.v1.Date;
import io.zhuanhua.proto.common.v1.DateRange;
import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.OrderCancelled;
import io.zhuanhua.proto.metrics.v1.OrderCreated;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderLine;
import io.zhuanhua.proto.metrics.v1.OrderPaid;
import io.zhuanhua.proto.metrics.v1.OrderRefunded;
import io.zhuanhua.proto.metrics.v1.Reply;

/**
 * Request messages for the tests (the dashboard's too); times are Asia/Shanghai local, e.g. "2026-01-05T10:00".
 */
public final class Protos {
    public static final String SHOP_A_KEY = "test-key-shop-a";
    public static final String SHOP_B_KEY = "test-key-shop-b";
    public static final String INTERNAL_KEY = "test-key-internal";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Protos() {
    }

    public static Timestamp ts(String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    public static Money cny(long amountMinor) {
        return Money.newBuilder().setAmountMinor(amountMinor).build();
    }

    private static OrderEvent.Builder event(String orderId, String buyerId, String at) {
        return OrderEvent.newBuilder().setPlatform(Platform.PLATFORM_TAOBAO).setOrderId(orderId).setBuyerId(buyerId)
                .setOccurredAt(ts(at));
    }

    public static OrderEvent created(String orderId, String buyerId, String at, long amountMinor) {
        return event(orderId, buyerId, at).setCreated(OrderCreated.newBuilder().setAmount(cny(amountMinor))
                .addLines(OrderLine.newBuilder().setItemId("item-1").setSkuId("红色-XL").setQuantity(1))).build();
    }

    /** Paid the created amount. */
    public static OrderEvent paid(String orderId, String buyerId, String at) {
        return event(orderId, buyerId, at).setPaid(OrderPaid.getDefaultInstance()).build();
    }

    public static OrderEvent paid(String orderId, String buyerId, String at, long amountMinor) {
        return event(orderId, buyerId, at).setPaid(OrderPaid.newBuilder().setAmount(cny(amountMinor))).build();
    }

    public static OrderEvent cancelled(String orderId, String buyerId, String at) {
        return event(orderId, buyerId, at).setCancelled(OrderCancelled.newBuilder().setReason("买家不想要了")).build();
    }

    public static OrderEvent refunded(String orderId, String buyerId, String at, String refundId, long amountMinor) {
        return event(orderId, buyerId, at)
                .setRefunded(OrderRefunded.newBuilder().setRefundId(refundId).setAmount(cny(amountMinor))).build();
    }

    /** A pre-sale conversation of the shop with its first buyer message at the time. */
    public static Consultation.Builder inquiry(String conversationId, long version, String shopId, String buyerId,
            String firstBuyerMessageAt, Reply... replies) {
        Consultation.Builder c = Consultation.newBuilder().setConversationId(conversationId).setVersion(version)
                .setShopId(shopId).setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId(buyerId)
                .setFirstBuyerMessageAt(ts(firstBuyerMessageAt)).setLastMessageAt(ts(firstBuyerMessageAt))
                .setInquiry(true);
        for (Reply reply : replies) {
            c.addReplies(reply);
        }
        return c;
    }

    public static Reply agent(String agentId, String at) {
        return Reply.newBuilder().setRole(Role.ROLE_AGENT).setAgentId(agentId).setSentAt(ts(at)).build();
    }

    public static Reply bot(String at) {
        return Reply.newBuilder().setRole(Role.ROLE_BOT).setAgentId("店小蜜").setSentAt(ts(at)).build();
    }

    public static Date date(String day) {
        LocalDate d = LocalDate.parse(day);
        return Date.newBuilder().setYear(d.getYear()).setMonth(d.getMonthValue()).setDay(d.getDayOfMonth()).build();
    }

    public static DateRange period(String start, String end) {
        return DateRange.newBuilder().setStart(date(start)).setEnd(date(end)).build();
    }
}
