package io.zhuanhua.scripts.grpc;

import static io.zhuanhua.scripts.grpc.Calls.SHOP_A_KEY;
import static io.zhuanhua.scripts.grpc.Calls.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.testing.LogCapture;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.DeleteReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc.ReplyScriptServiceBlockingStub;

/** Every playbook change leaves one audit line: the API client, the shop, the action, the script; no text. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuditLogTest {
    @GrpcClient("scripts")
    ReplyScriptServiceBlockingStub client;

    @Test
    void createAndDeleteAreAuditedWithTheCallerAndWithoutTheScriptText() {
        ReplyScriptServiceBlockingStub shopA = ApiKeys.withKey(client, SHOP_A_KEY);
        List<String> lines;
        ReplyScript created;
        try (LogCapture audit = LogCapture.category("audit")) {
            created = shopA.createReplyScript(CreateReplyScriptRequest.newBuilder().setShopId("shop-a")
                    .setScript(script(QuestionCategory.QUESTION_CATEGORY_INVOICE, "发票说明", "亲，可以开电子发票哦"))
                    .build()).getScript();
            shopA.deleteReplyScript(DeleteReplyScriptRequest.newBuilder().setShopId("shop-a")
                    .setScriptId(created.getScriptId()).build());
            lines = audit.lines();
        }
        String id = created.getScriptId();
        // The test configuration names shop-a's key "shop-a".
        assertEquals(List.of("audit caller=shop-a shop=shop-a action=script.create object=" + id,
                "audit caller=shop-a shop=shop-a action=script.delete object=" + id), lines);
        assertFalse(String.join("\n", lines).contains("电子发票"));
    }
}
