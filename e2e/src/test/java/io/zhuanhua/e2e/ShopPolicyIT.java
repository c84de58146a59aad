package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.chat.v1.AssistRequest;
import io.zhuanhua.proto.chat.v1.AssistResponse;
import io.zhuanhua.proto.chat.v1.Conversation;
import io.zhuanhua.proto.chat.v1.GetConversationRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.chat.v1.Routing;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.BusinessHours;
import io.zhuanhua.proto.scripts.v1.LocalTime;
import io.zhuanhua.proto.scripts.v1.OpeningInterval;
import io.zhuanhua.proto.scripts.v1.ShopPolicy;
import io.zhuanhua.proto.scripts.v1.UpdateShopPolicyRequest;
import io.zhuanhua.proto.scripts.v1.Weekday;

/**
 * A shop's policy set in scripts-service is what chat-service applies: its business hours decide the
 * business-time response figures and routing outside them, its bot categories what the bot may answer. Each
 * shop's policy is set before chat-service first reads it, so its short cache plays no part.
 */
@ExtendWith(SuiteExtension.class)
class ShopPolicyIT {
    /** A Thursday. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    private static LocalTime time(int hours, int minutes) {
        return LocalTime.newBuilder().setHours(hours).setMinutes(minutes).build();
    }

    private static BusinessHours hours(List<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        BusinessHours.Builder hours = BusinessHours.newBuilder().setTimeZone("Asia/Shanghai");
        days.forEach(d -> hours.addIntervals(OpeningInterval.newBuilder().setDay(Weekday.forNumber(d.getValue()))
                .setOpens(opens).setCloses(closes)));
        return hours.build();
    }

    private static void setPolicy(Suite suite, String shop, ShopPolicy policy) {
        suite.shopPolicies(TestShops.INTEGRATION_KEY).updateShopPolicy(UpdateShopPolicyRequest.newBuilder()
                .setShopId(shop).setPolicy(policy).build());
    }

    private static Conversation conversationOf(Suite suite, String shop, String buyer) {
        // Conversations are shaped after the ingest ack.
        suite.awaitConversationsShaped(Expect.CONVERGENCE);
        var conversations = suite.conversations(TestShops.INTEGRATION_KEY);
        String id = conversations.listConversations(ListConversationsRequest.newBuilder().setShopId(shop)
                .setBuyerId(buyer).build()).getConversations(0).getConversationId();
        return conversations.getConversation(GetConversationRequest.newBuilder().setShopId(shop)
                .setConversationId(id).build()).getConversation();
    }

    private static AssistResponse ask(Suite suite, String shop, String text) {
        return suite.assist(TestShops.INTEGRATION_KEY).assist(AssistRequest.newBuilder().setShopId(shop)
                .setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId("policy-buyer").setText(text).build());
    }

    @Test
    void theShopsBusinessHoursDecideBusinessTimeFigures(Suite suite) {
        setPolicy(suite, TestShops.POLICY_HOURS, ShopPolicy.newBuilder()
                .setBusinessHours(hours(List.of(DayOfWeek.values()), time(9, 0), time(18, 0))).build());
        // Asked two minutes before opening, answered two minutes after: 4 minutes, 2 of them in business hours.
        String buyer = "early-buyer";
        ShopEvents story = new ShopEvents()
                .buyer(buyer, DAY + "T08:58:00", "今天能发货吗")
                .agent(buyer, "xiaoyu", DAY + "T09:02:00", "亲 今天下午四点前付款今天发哦");
        suite.shop(TestShops.POLICY_HOURS, TestShops.INTEGRATION_KEY).ingestChats(story.chatEvents());
        suite.shop(TestShops.POLICY_CONTROL, TestShops.INTEGRATION_KEY).ingestChats(story.chatEvents());

        Conversation withPolicy = conversationOf(suite, TestShops.POLICY_HOURS, buyer);
        assertEquals(240, withPolicy.getTurns(0).getWait().getCalendar().getSeconds());
        assertEquals(120, withPolicy.getTurns(0).getWait().getBusiness().getSeconds(), withPolicy.getTurnsList().toString());
        assertEquals(120, withPolicy.getHumanFirstResponseBusiness().getSeconds());
        // A shop without a policy keeps chat-service's configured hours (always open): business time is calendar time.
        Conversation control = conversationOf(suite, TestShops.POLICY_CONTROL, buyer);
        assertEquals(240, control.getTurns(0).getWait().getBusiness().getSeconds());
    }

    @Test
    void theShopsBotCategoriesDecideRouting(Suite suite) {
        setPolicy(suite, TestShops.POLICY_BOT, ShopPolicy.newBuilder()
                .addBotCategories(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT)
                .addBotCategories(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE).build());
        AssistResponse withPolicy = ask(suite, TestShops.POLICY_BOT, "175 140斤穿多大");
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, withPolicy.getCategories(0).getCategory());
        assertEquals(Routing.ROUTING_BOT, withPolicy.getRouting(), withPolicy.getRoutingReason());
        assertEquals("routine question: SIZE_FIT", withPolicy.getRoutingReason());
        // chat-service's configured bot categories leave size questions to a human.
        AssistResponse control = ask(suite, TestShops.POLICY_CONTROL, "175 140斤穿多大");
        assertEquals(Routing.ROUTING_HUMAN, control.getRouting(), control.getRoutingReason());
    }

    @Test
    void outsideTheShopsBusinessHoursTheBotAnswers(Suite suite) {
        // Open one hour on a weekday three days from now: closed whenever this test runs.
        DayOfWeek openDay = LocalDate.now(ShopEvents.SHANGHAI).getDayOfWeek().plus(3);
        setPolicy(suite, TestShops.POLICY_CLOSED, ShopPolicy.newBuilder()
                .setBusinessHours(hours(List.of(openDay), time(10, 0), time(11, 0))).build());
        AssistResponse closed = ask(suite, TestShops.POLICY_CLOSED, "175 140斤穿多大");
        assertEquals(Routing.ROUTING_BOT, closed.getRouting(), closed.getRoutingReason());
        assertTrue(closed.getRoutingReason().startsWith("outside business hours"), closed.getRoutingReason());
        assertTrue(closed.getRoutingReason().contains("10:00 Asia/Shanghai"), closed.getRoutingReason());
    }
}
