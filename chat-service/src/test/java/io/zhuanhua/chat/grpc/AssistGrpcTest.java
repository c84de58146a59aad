package io.zhuanhua.chat.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.chat.store.ShapingStore;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.AssistRequest;
import io.zhuanhua.proto.chat.v1.AssistResponse;
import io.zhuanhua.proto.chat.v1.AssistServiceGrpc.AssistServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc.ChatIngestServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.ChatMessage;
import io.zhuanhua.proto.chat.v1.CheckDraftRequest;
import io.zhuanhua.proto.chat.v1.CheckDraftResponse;
import io.zhuanhua.proto.chat.v1.Conversation;
import io.zhuanhua.proto.chat.v1.ConversationServiceGrpc.ConversationServiceBlockingStub;
import io.zhuanhua.proto.chat.v1.GetConversationRequest;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.chat.v1.Routing;
import io.zhuanhua.proto.common.v1.CustomerDimension;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.CustomerProfile;
import io.zhuanhua.proto.common.v1.LossEvidence;
import io.zhuanhua.proto.common.v1.LossSignal;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.RiskFinding;
import io.zhuanhua.proto.common.v1.RiskType;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AssistGrpcTest {
    @GrpcClient("chat")
    AssistServiceBlockingStub assist;
    @GrpcClient("chat")
    ChatIngestServiceBlockingStub ingest;
    @GrpcClient("chat")
    ConversationServiceBlockingStub conversations;
    @Inject
    ShapingStore shaping;

    private AssistResponse ask(Platform platform, String text) {
        return ApiKeys.withKey(assist, "test-key-shop-a").assist(AssistRequest.newBuilder().setShopId("shop-a")
                .setPlatform(platform).setBuyerId("tb-buyer").setText(text).build());
    }

    private static List<RiskType> types(List<RiskFinding> risks) {
        return risks.stream().map(RiskFinding::getType).toList();
    }

    @Test
    void aRoutineQuestionGoesToTheBotEvenWithoutSuggestions() {
        AssistResponse r = ask(Platform.PLATFORM_TAOBAO, "这款包邮吗");
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, r.getCategories(0).getCategory());
        assertEquals(Routing.ROUTING_BOT, r.getRouting());
        assertTrue(r.getRisksList().isEmpty());
    }

    @Test
    void aPhishingLinkAndOffPlatformContactAreFlaggedWithInstructions() {
        String text = "亲我拍不了 你看下这个链接 www.tb-pay-help.cn/order 或者加我vx同号";
        AssistResponse r = ask(Platform.PLATFORM_TAOBAO, text);
        assertTrue(types(r.getRisksList()).contains(RiskType.RISK_TYPE_PHISHING_LINK), r.toString());
        assertTrue(types(r.getRisksList()).contains(RiskType.RISK_TYPE_OFF_PLATFORM_CONTACT), r.toString());
        RiskFinding link = r.getRisksList().stream().filter(f -> f.getType() == RiskType.RISK_TYPE_PHISHING_LINK)
                .findFirst().orElseThrow();
        assertEquals(link.getEvidence(), text.substring(link.getStart(), link.getEnd()));
        assertFalse(link.getInstruction().isBlank());
        assertEquals(Routing.ROUTING_HUMAN, r.getRouting());
    }

    @Test
    void aTaobaoItemLinkIsNoPhishingOnTaobao() {
        AssistResponse r = ask(Platform.PLATFORM_TAOBAO, "https://item.taobao.com/item.htm?id=528690173109 这个有货吗");
        assertFalse(types(r.getRisksList()).contains(RiskType.RISK_TYPE_PHISHING_LINK), r.toString());
    }

    @Test
    void aDraftWithAbsolutePromisesAndRivalNamesIsRejectedWithSpans() {
        String draft = "亲 我们绝对是全网最低价 比淘宝便宜";
        CheckDraftResponse r = ApiKeys.withKey(assist, "test-key-shop-a").checkDraft(CheckDraftRequest.newBuilder()
                .setShopId("shop-a").setPlatform(Platform.PLATFORM_JD).setText(draft).build());
        assertFalse(r.getOk());
        assertTrue(types(r.getRisksList()).contains(RiskType.RISK_TYPE_ABSOLUTE_PROMISE), r.toString());
        assertTrue(types(r.getRisksList()).contains(RiskType.RISK_TYPE_RIVAL_PLATFORM), r.toString());
        r.getRisksList().forEach(f -> assertEquals(f.getEvidence(), draft.substring(f.getStart(), f.getEnd())));
        CheckDraftResponse clean = ApiKeys.withKey(assist, "test-key-shop-a").checkDraft(CheckDraftRequest.newBuilder()
                .setShopId("shop-a").setPlatform(Platform.PLATFORM_JD).setText("亲 今天下单今天发货哦").build());
        assertTrue(clean.getOk(), clean.toString());
    }

    @Test
    void aRealisticConversationIsAnalysedAndTheLiveBuyerProfiled() {
        Instant t = Instant.parse("2026-11-24T06:00:00Z");
        List<io.zhuanhua.proto.chat.v1.ChatEvent> events = List.of(
                ChatEvents.buyer("x1", "gift-buyer", t, "在吗"),
                ChatEvents.bot("x2", "gift-buyer", t.plusSeconds(2), "亲 在的 请问有什么可以帮您"),
                ChatEvents.buyer("x3", "gift-buyer", t.plusSeconds(10), "转人工"),
                ChatEvents.transfer("x4", "gift-buyer", t.plusSeconds(12), "kefu-7"),
                ChatEvents.agent("x5", "gift-buyer", t.plusSeconds(20), "kefu-7", "亲 您好 我是小七"),
                ChatEvents.buyer("x6", "gift-buyer", t.plusSeconds(40), "能发顺丰吗 送女朋友的生日礼物 急用明天要"),
                ChatEvents.agent("x7", "gift-buyer", t.plusSeconds(55), "kefu-7", "亲 我们只发中通哦 发不了顺丰"),
                ChatEvents.buyer("x8", "gift-buyer", t.plusSeconds(70), "那算了"));
        ApiKeys.withKey(ingest, "test-key-shop-a").ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                .addAllEvents(events).build());
        Shaping.awaitShaped(shaping);
        String id = ApiKeys.withKey(conversations, "test-key-shop-a").listConversations(ListConversationsRequest
                .newBuilder().setShopId("shop-a").setBuyerId("gift-buyer").build()).getConversations(0).getConversationId();
        Conversation c = ApiKeys.withKey(conversations, "test-key-shop-a").getConversation(GetConversationRequest
                .newBuilder().setShopId("shop-a").setConversationId(id).build()).getConversation();
        assertTrue(c.getHumanRequested());
        assertEquals(8, c.getHumanFirstResponse().getSeconds(), "from the transfer, since the bot answered first");
        assertEquals(4, c.getTurnsCount(), c.getTurnsList().toString());
        assertEquals(1, c.getUnansweredTurns());
        LossEvidence courier = c.getLossEvidenceList().stream()
                .filter(e -> e.getSignal() == LossSignal.LOSS_SIGNAL_COURIER_NOT_OFFERED).findFirst().orElseThrow();
        assertEquals("顺丰", courier.getDetail());
        assertEquals(CustomerPole.CUSTOMER_POLE_GIFT, pole(c.getCustomer(), CustomerDimension.CUSTOMER_DIMENSION_PURPOSE));
        assertEquals(CustomerPole.CUSTOMER_POLE_URGENT, pole(c.getCustomer(), CustomerDimension.CUSTOMER_DIMENSION_URGENCY));

        AssistResponse live = ApiKeys.withKey(assist, "test-key-shop-a").assist(AssistRequest.newBuilder()
                .setShopId("shop-a").setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId("gift-buyer")
                .setText("有礼盒包装吗").build());
        assertEquals(CustomerPole.CUSTOMER_POLE_GIFT, pole(live.getCustomer(), CustomerDimension.CUSTOMER_DIMENSION_PURPOSE));
    }

    private static CustomerPole pole(CustomerProfile profile, CustomerDimension dimension) {
        return profile.getTraitsList().stream().filter(t -> t.getDimension() == dimension).findFirst().orElseThrow()
                .getPole();
    }

    @Test
    void badInputNamesTheField() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ask(Platform.PLATFORM_UNSPECIFIED, "在吗"));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals("platform: required", e.getStatus().getDescription());
    }

    @Test
    void ingestedMessagesKeepTheirRisks() {
        Instant at = Instant.parse("2026-11-24T03:00:00Z");
        ApiKeys.withKey(ingest, "test-key-shop-a").ingestEvents(IngestEventsRequest.newBuilder().setShopId("shop-a")
                .addEvents(ChatEvents.buyer("r1", "risky-buyer", at, "平台通知 你的店铺违规 请点击 www.taobao-notice.top 签署")).build());
        Shaping.awaitShaped(shaping);
        String id = ApiKeys.withKey(conversations, "test-key-shop-a").listConversations(ListConversationsRequest
                .newBuilder().setShopId("shop-a").setBuyerId("risky-buyer").build()).getConversations(0).getConversationId();
        ChatMessage m = ApiKeys.withKey(conversations, "test-key-shop-a").getConversation(GetConversationRequest
                .newBuilder().setShopId("shop-a").setConversationId(id).build()).getConversation().getMessages(0);
        assertTrue(types(m.getRisksList()).contains(RiskType.RISK_TYPE_FAKE_OFFICIAL_NOTICE), m.toString());
        assertTrue(types(m.getRisksList()).contains(RiskType.RISK_TYPE_PHISHING_LINK), m.toString());
        m.getRisksList().forEach(f -> assertFalse(f.getInstruction().isBlank()));
    }
}
