package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.chat.v1.ChatMessage;
import io.zhuanhua.proto.chat.v1.Conversation;
import io.zhuanhua.proto.chat.v1.GetConversationRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.common.v1.CustomerDimension;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.CustomerProfile;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.LossSignal;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.RiskFinding;
import io.zhuanhua.proto.common.v1.RiskType;
import io.zhuanhua.proto.common.v1.Role;

/**
 * A realistic mixed conversation streamed into chat-service: what it stores about categories, risks,
 * response times, loss evidence and the customer type.
 */
@ExtendWith(SuiteExtension.class)
class ChatAnalysisIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    @Test
    void aMixedConversationIsUnderstood(Suite suite) {
        String buyer = "analysis-buyer";
        ShopEvents story = new ShopEvents()
                .buyer(buyer, DAY + "T20:00:00", "在吗")
                .bot(buyer, DAY + "T20:00:02", "亲 在的哦 有什么可以帮您")
                .buyer(buyer, DAY + "T20:00:20", "528690173109这个175 140斤穿多大 送男朋友的 急用")
                .buyer(buyer, DAY + "T20:00:30", "转人工")
                .transfer(buyer, "xiaoyu", DAY + "T20:00:31")
                .agent(buyer, "xiaoyu", DAY + "T20:00:40", "亲 175 140斤建议L码哦")
                .buyer(buyer, DAY + "T20:01:10", "能便宜点吗 别家才79")
                .agent(buyer, "xiaoyu", DAY + "T20:01:30", "亲 已经是活动价了 不议价哦")
                .buyer(buyer, DAY + "T20:02:00", "那你加我vx同号聊 我在这个链接也看到了 www.cheap-clothes.cn/x");
        List<EventOutcome> acks = suite.shop(TestShops.SHOP_A, TestShops.INTEGRATION_KEY)
                .streamChats(story.chatEvents()).stream().map(a -> a.getOutcome()).toList();
        assertTrue(acks.stream().allMatch(o -> o == EventOutcome.EVENT_OUTCOME_STORED), acks.toString());

        suite.awaitConversationsShaped(Expect.CONVERGENCE);
        var conversations = suite.conversations(TestShops.INTEGRATION_KEY);
        String id = conversations.listConversations(ListConversationsRequest.newBuilder().setShopId(TestShops.SHOP_A)
                .setBuyerId(buyer).build()).getConversations(0).getConversationId();
        Conversation c = conversations.getConversation(GetConversationRequest.newBuilder()
                .setShopId(TestShops.SHOP_A).setConversationId(id).build()).getConversation();

        assertEquals(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, c.getMainCategory());
        assertTrue(c.getInquiry());
        assertEquals(List.of("xiaoyu"), c.getAgentIdsList());
        assertTrue(message(c, "能便宜点吗").getCategoriesList().stream()
                .anyMatch(s -> s.getCategory() == QuestionCategory.QUESTION_CATEGORY_BARGAIN), c.toString());
        assertEquals(List.of(RiskType.RISK_TYPE_PHISHING_LINK, RiskType.RISK_TYPE_OFF_PLATFORM_CONTACT),
                message(c, "加我vx").getRisksList().stream().map(RiskFinding::getType).sorted().toList());

        assertEquals(2, c.getBotFirstResponse().getSeconds());
        assertEquals(9, c.getHumanFirstResponse().getSeconds(), "from the transfer: the bot answered first");
        assertTrue(c.getHumanRequested());
        assertEquals(4, c.getTurnsCount(), c.getTurnsList().toString());
        assertEquals(Role.ROLE_BOT, c.getTurns(0).getAnsweredBy());
        assertEquals(Role.ROLE_AGENT, c.getTurns(1).getAnsweredBy());
        assertEquals(1, c.getUnansweredTurns(), "the last line got no reply");

        assertTrue(c.getLossEvidenceList().stream().anyMatch(e -> e.getSignal() == LossSignal.LOSS_SIGNAL_BARGAIN_REFUSED),
                c.getLossEvidenceList().toString());
        assertEquals(CustomerPole.CUSTOMER_POLE_GIFT, pole(c.getCustomer(), CustomerDimension.CUSTOMER_DIMENSION_PURPOSE));
        assertEquals(CustomerPole.CUSTOMER_POLE_URGENT, pole(c.getCustomer(), CustomerDimension.CUSTOMER_DIMENSION_URGENCY));
        assertEquals(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE, pole(c.getCustomer(), CustomerDimension.CUSTOMER_DIMENSION_PRICE));
    }

    private static ChatMessage message(Conversation c, String containing) {
        return c.getMessagesList().stream().filter(m -> m.getText().contains(containing)).findFirst().orElseThrow();
    }

    private static CustomerPole pole(CustomerProfile profile, CustomerDimension dimension) {
        return profile.getTraitsList().stream().filter(t -> t.getDimension() == dimension).findFirst().orElseThrow()
                .getPole();
    }
}
