package io.zhuanhua.scripts.grpc;

import static io.zhuanhua.scripts.grpc.Calls.INTERNAL_KEY;
import static io.zhuanhua.scripts.grpc.Calls.assertStatus;
import static io.zhuanhua.scripts.grpc.Calls.freshShop;
import static io.zhuanhua.scripts.grpc.Calls.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.DeleteProductRequest;
import io.zhuanhua.proto.scripts.v1.DeleteReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ExportPlaybookRequest;
import io.zhuanhua.proto.scripts.v1.ImportCounts;
import io.zhuanhua.proto.scripts.v1.ImportPlaybookRequest;
import io.zhuanhua.proto.scripts.v1.ImportPlaybookResponse;
import io.zhuanhua.proto.scripts.v1.PlaybookTransferServiceGrpc.PlaybookTransferServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.ProductServiceGrpc.ProductServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc.ReplyScriptServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.ShopPolicyServiceGrpc.ShopPolicyServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.UpdateShopPolicyRequest;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlaybookTransferServiceTest {
    @GrpcClient("scripts")
    PlaybookTransferServiceBlockingStub transfer;

    @GrpcClient("scripts")
    ReplyScriptServiceBlockingStub scripts;

    @GrpcClient("scripts")
    ProductServiceBlockingStub products;

    @GrpcClient("scripts")
    ShopPolicyServiceBlockingStub policies;

    @Test
    void importingTheExportReproducesTheSameState() {
        String shop = freshShop();
        ApiKeys.withKey(policies, INTERNAL_KEY).updateShopPolicy(UpdateShopPolicyRequest.newBuilder().setShopId(shop)
                .setPolicy(KnowledgeServiceTest.policy()).build());
        KnowledgeServiceTest.upsert(ApiKeys.withKey(products, INTERNAL_KEY), shop, KnowledgeServiceTest.tshirt("t-1"), 0);
        KnowledgeServiceTest.upsert(ApiKeys.withKey(products, INTERNAL_KEY), shop, KnowledgeServiceTest.tshirt("t-2"), 0);
        ReplyScript bargain = create(shop, script(QuestionCategory.QUESTION_CATEGORY_BARGAIN, "议价", "{buyer}，用{coupon}更划算")
                .toBuilder().addCustomerPoles(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE).addItemIds("t-1").build());
        ReplyScript courier = create(shop, script(QuestionCategory.QUESTION_CATEGORY_COURIER, "快递", "亲，发{couriers}哦"));
        String exported = export(shop);

        // Nothing differs: a dry run and a real import both leave everything as it is.
        ImportPlaybookResponse same = importDocument(shop, exported, false);
        assertEquals(counts(0, 0, 0, 2), same.getScripts());
        assertEquals(counts(0, 0, 0, 2), same.getProducts());

        // Change the shop, then import the export: back to the exported state.
        ApiKeys.withKey(scripts, INTERNAL_KEY).deleteReplyScript(DeleteReplyScriptRequest.newBuilder().setShopId(shop)
                .setScriptId(courier.getScriptId()).build());
        ApiKeys.withKey(scripts, INTERNAL_KEY).updateReplyScript(io.zhuanhua.proto.scripts.v1.UpdateReplyScriptRequest
                .newBuilder().setShopId(shop).setScript(bargain.toBuilder().setTitle("改过")).build());
        create(shop, script(QuestionCategory.QUESTION_CATEGORY_ACK, "新的", "好的亲"));
        ApiKeys.withKey(products, INTERNAL_KEY).deleteProduct(DeleteProductRequest.newBuilder().setShopId(shop)
                .setItemId("t-2").build());
        ApiKeys.withKey(policies, INTERNAL_KEY).updateShopPolicy(UpdateShopPolicyRequest.newBuilder().setShopId(shop)
                .setPolicy(KnowledgeServiceTest.policy().toBuilder().setReturnDays(15)).build());

        ImportPlaybookResponse dryRun = importDocument(shop, exported, true);
        assertTrue(dryRun.getDryRun());
        assertEquals(counts(1, 1, 1, 0), dryRun.getScripts());
        assertEquals(counts(1, 0, 0, 1), dryRun.getProducts());
        assertTrue(dryRun.getPolicyChanged());
        assertTrue(!export(shop).equals(exported), "a dry run writes nothing");

        ImportPlaybookResponse applied = importDocument(shop, exported, false);
        assertEquals(dryRun.toBuilder().setDryRun(false).build(), applied);
        assertEquals(exported, export(shop));
    }

    @Test
    void anInvalidDocumentNamesItsLineAndChangesNothing() {
        String shop = freshShop();
        create(shop, script(QuestionCategory.QUESTION_CATEGORY_ACK, "结束语", "好的亲"));
        String before = export(shop);
        String bad = """
                format: zhuanhua-playbook/v1
                scripts:
                  - title: 快递
                    category: COURIER
                    variants: [亲，加我微信发顺丰]
                """;
        StatusRuntimeException e = assertStatus(Code.INVALID_ARGUMENT, () -> importDocument(shop, bad, false));
        assertTrue(e.getStatus().getDescription().startsWith("line 3: scripts[0].variants[0]: not compliant: "
                + "OFF_PLATFORM_CONTACT"), e.getStatus().getDescription());
        assertEquals(before, export(shop));
        StatusRuntimeException unknown = assertStatus(Code.INVALID_ARGUMENT, () -> ApiKeys.withKey(transfer,
                INTERNAL_KEY).exportPlaybook(ExportPlaybookRequest.newBuilder().setShopId(shop).setFormatValue(2).build()));
        assertEquals("format: unknown format 2", unknown.getStatus().getDescription());
    }

    private String export(String shop) {
        return ApiKeys.withKey(transfer, INTERNAL_KEY).exportPlaybook(ExportPlaybookRequest.newBuilder()
                .setShopId(shop).build()).getDocument();
    }

    private ImportPlaybookResponse importDocument(String shop, String document, boolean dryRun) {
        return ApiKeys.withKey(transfer, INTERNAL_KEY).importPlaybook(ImportPlaybookRequest.newBuilder()
                .setShopId(shop).setDocument(document).setDryRun(dryRun).build());
    }

    private ReplyScript create(String shop, ReplyScript script) {
        return ApiKeys.withKey(scripts, INTERNAL_KEY).createReplyScript(CreateReplyScriptRequest.newBuilder()
                .setShopId(shop).setScript(script).build()).getScript();
    }

    private static ImportCounts counts(int created, int updated, int deleted, int unchanged) {
        return ImportCounts.newBuilder().setCreated(created).setUpdated(updated).setDeleted(deleted)
                .setUnchanged(unchanged).build();
    }
}
