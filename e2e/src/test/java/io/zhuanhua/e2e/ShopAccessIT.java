package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.ReportGrouping;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.GetReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ReplyScript;

/** A shop's API key reaches its own shop only; a call without a known key is refused. */
@ExtendWith(SuiteExtension.class)
class ShopAccessIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Test
    void shopBsKeyCannotReadOrWriteShopA(Suite suite) {
        ShopClient shopAThroughB = suite.shop(TestShops.SHOP_A, TestShops.SHOP_B_KEY);
        ShopEvents story = new ShopEvents().buyer("access-1", DAY + "T10:00", "在吗");
        story.ordered("access-order-1", "access-1", DAY + "T10:30", 5900);

        assertStatus(Status.Code.PERMISSION_DENIED,
                () -> shopAThroughB.report(shopAThroughB.reportRequest(DAY, DAY)), "shop A's report");
        assertStatus(Status.Code.PERMISSION_DENIED, () -> shopAThroughB.ingestChats(story.chatEvents()),
                "shop A's chat batch");
        assertStatus(Status.Code.PERMISSION_DENIED, () -> shopAThroughB.streamChats(story.chatEvents()),
                "shop A's chat stream");
        assertStatus(Status.Code.PERMISSION_DENIED, () -> shopAThroughB.ingestOrders(story.orderEvents()),
                "shop A's orders");
        assertStatus(Status.Code.PERMISSION_DENIED, () -> suite.conversations(TestShops.SHOP_B_KEY)
                .listConversations(ListConversationsRequest.newBuilder().setShopId(TestShops.SHOP_A).build()),
                "shop A's conversations");
    }

    @Test
    void missingOrUnknownKeyIsUnauthenticated(Suite suite) {
        var request = suite.shop(TestShops.SHOP_A, TestShops.INTEGRATION_KEY).reportRequest(DAY, DAY);
        assertStatus(Status.Code.UNAUTHENTICATED, () -> suite.reportsWithoutKey().getConversionReport(request),
                "a report without key");
        assertStatus(Status.Code.UNAUTHENTICATED,
                () -> ApiKeys.withKey(suite.reportsWithoutKey(), "no-such-key").getConversionReport(request),
                "a report with an unknown key");
        assertStatus(Status.Code.UNAUTHENTICATED,
                () -> suite.shop(TestShops.SHOP_A, "no-such-key").ingestChats(
                        new ShopEvents().buyer("access-2", DAY + "T10:00", "在吗").chatEvents()),
                "chat events with an unknown key");
    }

    @Test
    void eachShopSeesOnlyItsOwnFigures(Suite suite) {
        ShopClient shopA = suite.shop(TestShops.SHOP_A, TestShops.INTEGRATION_KEY);
        ShopEvents story = new ShopEvents();
        story.buyer("access-3", DAY + "T11:00", "有货吗");
        story.agent("access-3", "xiaoyu", DAY + "T11:00:05", "亲 有现货的");
        story.ordered("access-order-3", "access-3", DAY + "T11:20", 5900);
        story.paid("access-order-3", DAY + "T11:21");
        shopA.send(story);
        shopA.awaitReport(shopA.reportRequest(DAY, DAY), Expect.CONVERGENCE,
                report -> Expect.conversion("shop A", report.getTotal(), 1, 1, 1));

        ShopClient shopB = suite.shop(TestShops.SHOP_B, TestShops.SHOP_B_KEY);
        var report = shopB.report(shopB.reportRequest(DAY, DAY, ReportGrouping.REPORT_GROUPING_AGENT));
        Expect.conversion("shop B", report.getTotal(), 0, 0, 0);
        assertEquals(List.of(), report.getRowsList(), "shop B has no agent rows");
    }

    @Test
    void replyScriptsBelongToTheirShop(Suite suite) {
        ReplyScript created = suite.replyScripts(TestShops.INTEGRATION_KEY).createReplyScript(
                CreateReplyScriptRequest.newBuilder().setShopId(TestShops.SHOP_A).setScript(ReplyScript.newBuilder()
                        .setCategory(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE)
                        .setTitle("包邮说明")
                        .addVariants("亲 全店满99元包邮哦（新疆西藏除外）")
                        .addVariants("亲 满99就包邮啦 再看看别的宝贝凑个单吧~"))
                        .build()).getScript();
        GetReplyScriptRequest get = GetReplyScriptRequest.newBuilder().setShopId(TestShops.SHOP_A)
                .setScriptId(created.getScriptId()).build();

        assertEquals(created, suite.replyScripts(TestShops.INTEGRATION_KEY).getReplyScript(get).getScript());
        assertStatus(Status.Code.PERMISSION_DENIED, () -> suite.replyScripts(TestShops.SHOP_B_KEY).getReplyScript(get),
                "shop A's script through shop B's key");
        assertStatus(Status.Code.NOT_FOUND, () -> suite.replyScripts(TestShops.SHOP_B_KEY).getReplyScript(
                get.toBuilder().setShopId(TestShops.SHOP_B).build()), "shop A's script id in shop B");
    }

    private static void assertStatus(Status.Code expected, Executable call, String what) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call, what);
        assertEquals(expected, e.getStatus().getCode(), what + ": " + e.getStatus());
    }
}
