package io.zhuanhua.scripts.grpc;

import static io.zhuanhua.scripts.grpc.Calls.INTERNAL_KEY;
import static io.zhuanhua.scripts.grpc.Calls.SHOP_A_KEY;
import static io.zhuanhua.scripts.grpc.Calls.SHOP_B_KEY;
import static io.zhuanhua.scripts.grpc.Calls.assertInvalid;
import static io.zhuanhua.scripts.grpc.Calls.assertStatus;
import static io.zhuanhua.scripts.grpc.Calls.freshShop;
import static io.zhuanhua.scripts.grpc.Calls.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.google.protobuf.Timestamp;

import io.grpc.Status.Code;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.DeleteReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.GetReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptChangesRequest;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptChangesResponse;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptsRequest;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptsResponse;
import io.zhuanhua.proto.scripts.v1.ReplyOccasion;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.proto.scripts.v1.ReplyScriptChange;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc.ReplyScriptServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.ScriptChangeAction;
import io.zhuanhua.proto.scripts.v1.UpdateReplyScriptRequest;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReplyScriptServiceTest {
    @GrpcClient("scripts")
    ReplyScriptServiceBlockingStub client;

    @Inject
    DataSource dataSource;

    @Test
    void createGetUpdateListDelete() throws SQLException {
        String shop = freshShop();
        var scripts = as(INTERNAL_KEY);

        ReplyScript created = create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, " 包邮说明 ", " 亲，全国包邮哦~ ", "亲，偏远地区除外哦"));
        UUID.fromString(created.getScriptId());
        assertEquals(1, created.getVersion());
        assertEquals("包邮说明", created.getTitle());
        assertEquals(List.of("亲，全国包邮哦~", "亲，偏远地区除外哦"), created.getVariantsList());
        assertEquals("zh-CN", created.getLanguage());
        assertTrue(created.hasUpdateTime());
        assertEquals(created, get(scripts, shop, created.getScriptId()));

        ReplyScript updated = scripts.updateReplyScript(UpdateReplyScriptRequest.newBuilder().setShopId(shop)
                .setScript(script(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "运费", "亲，满两件包邮哦~").toBuilder()
                        .setScriptId(created.getScriptId()).setLanguage("zh-cn"))
                .setExpectedVersion(1).build()).getScript();
        assertEquals(2, updated.getVersion());
        assertEquals(List.of("亲，满两件包邮哦~"), updated.getVariantsList());
        assertEquals("zh-CN", updated.getLanguage());
        assertFalse(instant(updated.getUpdateTime()).isBefore(instant(created.getUpdateTime())));
        assertEquals(updated, get(scripts, shop, created.getScriptId()));

        assertEquals(List.of(updated), list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 0, "")
                .getScriptsList());

        scripts.deleteReplyScript(delete(shop, created.getScriptId()));
        assertStatus(Code.NOT_FOUND, () -> get(scripts, shop, created.getScriptId()));
        assertStatus(Code.NOT_FOUND, () -> scripts.deleteReplyScript(delete(shop, created.getScriptId())));

        assertEquals(List.of("CREATE 1 null 包邮说明", "UPDATE 2 包邮说明 运费", "DELETE 2 运费 null"),
                audit(shop, created.getScriptId()));
    }

    @Test
    void validationErrorsNameTheField() {
        String shop = freshShop();
        var scripts = as(INTERNAL_KEY);
        assertInvalid("script", () -> scripts.createReplyScript(CreateReplyScriptRequest.newBuilder()
                .setShopId(shop).build()));
        assertInvalid("script.category", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, "t", "v")));
        assertInvalid("script.category", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "v").toBuilder().setCategoryValue(99).build()));
        assertInvalid("script.title", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "好".repeat(101), "v")));
        assertInvalid("script.variants", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "t")));
        assertInvalid("script.variants[1]", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "好的", "   ")));
        assertInvalid("script.variants[0]", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "好".repeat(1001))));
        assertInvalid("script.language", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "v").toBuilder().setLanguage("zh_CN!").build()));
        String absolute = assertStatus(Code.INVALID_ARGUMENT, () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_AUTHENTICITY, "正品", "亲 正品的哦", "绝对正品 假一赔十")))
                .getStatus().getDescription();
        assertTrue(absolute.startsWith("script.variants[1]: not compliant: ABSOLUTE_PROMISE \"绝对\" at 0-2"),
                absolute);
        assertInvalid("script.variants[0]", () -> create(scripts, shop,
                script(QuestionCategory.QUESTION_CATEGORY_PRICE_COMPARE, "比价", "比拼多多便宜 加微信再优惠")));
        // Nothing was half written.
        assertEquals(0, list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 0, "").getScriptsCount());

        assertInvalid("script_id", () -> get(scripts, shop, "not-a-uuid"));
        assertInvalid("script_id", () -> scripts.deleteReplyScript(delete(shop, "")));
        assertInvalid("script.script_id", () -> scripts.updateReplyScript(UpdateReplyScriptRequest.newBuilder()
                .setShopId(shop).setScript(script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "v")).build()));
        ReplyScript stored = create(scripts, shop, script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "v"));
        assertInvalid("expected_version", () -> scripts.updateReplyScript(UpdateReplyScriptRequest.newBuilder()
                .setShopId(shop).setScript(stored).setExpectedVersion(-1).build()));
        assertInvalid("script.variants[0]", () -> scripts.updateReplyScript(UpdateReplyScriptRequest.newBuilder()
                .setShopId(shop).setScript(stored.toBuilder().setVariants(0, "")).build()));
        assertEquals(stored, get(scripts, shop, stored.getScriptId()));

        assertInvalid("page_size", () -> list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 501, ""));
        assertInvalid("page_size", () -> list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, -1, ""));
        assertInvalid("page_token", () -> list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 0,
                "garbage"));
        assertInvalid("category", () -> scripts.listReplyScripts(ListReplyScriptsRequest.newBuilder()
                .setShopId(shop).setCategoryValue(99).build()));
        assertInvalid("shop_id", () -> create(scripts, "", script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "v")));
    }

    @Test
    void staleVersionIsAFailedPrecondition() {
        String shop = freshShop();
        var scripts = as(INTERNAL_KEY);
        ReplyScript v1 = create(scripts, shop, script(QuestionCategory.QUESTION_CATEGORY_PRICE, "价格", "亲，页面价就是到手价哦"));
        ReplyScript v2 = update(scripts, shop, v1.toBuilder().clearVariants().addVariants("第二版").build(), 1);
        assertEquals(2, v2.getVersion());

        assertStatus(Code.FAILED_PRECONDITION,
                () -> update(scripts, shop, v1.toBuilder().clearVariants().addVariants("过期的改动").build(), 1));
        assertEquals(v2, get(scripts, shop, v1.getScriptId()));

        // expected_version 0 applies whatever is stored.
        assertEquals(3, update(scripts, shop, v2.toBuilder().clearVariants().addVariants("第三版").build(), 0)
                .getVersion());
    }

    @Test
    void unknownIdsAreNotFound() {
        String shop = freshShop();
        var scripts = as(INTERNAL_KEY);
        String unknown = UUID.randomUUID().toString();
        assertStatus(Code.NOT_FOUND, () -> get(scripts, shop, unknown));
        assertStatus(Code.NOT_FOUND, () -> scripts.deleteReplyScript(delete(shop, unknown)));
        ReplyScript withUnknownId = script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "v").toBuilder()
                .setScriptId(unknown).build();
        assertStatus(Code.NOT_FOUND, () -> update(scripts, shop, withUnknownId, 0));
    }

    @Test
    void aShopCannotSeeAnotherShopsScript() {
        ReplyScript ofA = create(as(SHOP_A_KEY), "shop-a",
                script(QuestionCategory.QUESTION_CATEGORY_GIFT, "礼盒", "亲，可以备注需要礼盒哦"));
        var b = as(SHOP_B_KEY);

        // Asking for shop A with shop B's key: the kit refuses before the service runs.
        assertStatus(Code.PERMISSION_DENIED, () -> get(b, "shop-a", ofA.getScriptId()));
        assertStatus(Code.PERMISSION_DENIED, () -> b.deleteReplyScript(delete("shop-a", ofA.getScriptId())));
        assertStatus(Code.PERMISSION_DENIED,
                () -> list(b, "shop-a", QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 0, ""));
        // Asking for A's id inside shop B: it does not exist there.
        assertStatus(Code.NOT_FOUND, () -> get(b, "shop-b", ofA.getScriptId()));
        assertStatus(Code.NOT_FOUND, () -> b.deleteReplyScript(delete("shop-b", ofA.getScriptId())));
        assertStatus(Code.NOT_FOUND, () -> update(b, "shop-b", ofA, 0));
        assertFalse(list(b, "shop-b", QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 500, "").getScriptsList()
                .stream().anyMatch(s -> s.getScriptId().equals(ofA.getScriptId())));

        assertEquals(ofA, get(as(SHOP_A_KEY), "shop-a", ofA.getScriptId()));
    }

    @Test
    void callsWithoutAValidKeyAreUnauthenticated() {
        String id = UUID.randomUUID().toString();
        assertStatus(Code.UNAUTHENTICATED, () -> get(client, "shop-a", id));
        assertStatus(Code.UNAUTHENTICATED, () -> get(as("not-a-key"), "shop-a", id));
    }

    @Test
    void theAuditTrailNamesTheCallerOfEveryChange() {
        // shop-a's own key and the internal key are two clients: the trail tells them apart.
        ReplyScript created = create(as(SHOP_A_KEY), "shop-a",
                script(QuestionCategory.QUESTION_CATEGORY_COURIER, "快递", "亲，默认发中通哦"));
        update(as(INTERNAL_KEY), "shop-a", created.toBuilder().setTitle("快递说明").build(), 1);
        as(SHOP_A_KEY).deleteReplyScript(delete("shop-a", created.getScriptId()));

        ListReplyScriptChangesResponse changes = as(SHOP_A_KEY).listReplyScriptChanges(ListReplyScriptChangesRequest
                .newBuilder().setShopId("shop-a").setScriptId(created.getScriptId()).setPageSize(2).build());
        assertEquals(List.of("DELETE 2 shop-a 快递说明", "UPDATE 2 internal 快递说明"), changes.getChangesList().stream()
                .map(c -> c.getAction().name().replace("SCRIPT_CHANGE_ACTION_", "") + " " + c.getVersion() + " "
                        + c.getCaller() + " " + c.getTitle())
                .toList());
        ReplyScriptChange first = as(SHOP_A_KEY).listReplyScriptChanges(ListReplyScriptChangesRequest.newBuilder()
                .setShopId("shop-a").setScriptId(created.getScriptId()).setPageSize(2)
                .setPageToken(changes.getNextPageToken()).build()).getChanges(0);
        assertEquals(ScriptChangeAction.SCRIPT_CHANGE_ACTION_CREATE, first.getAction());
        assertEquals("shop-a", first.getCaller());
        assertEquals("快递", first.getTitle());
        assertTrue(first.getChangeId() < changes.getChanges(1).getChangeId());
    }

    @Test
    void keepsScopeAndListsTheVariablesItUses() {
        String shop = freshShop();
        ReplyScript scoped = create(as(INTERNAL_KEY), shop, script(QuestionCategory.QUESTION_CATEGORY_BARGAIN, "议价",
                "{buyer}，用{coupon}更划算").toBuilder().addCustomerPoles(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE)
                .addItemIds("item-1").addSkuIds("sku-1").addPlatforms(Platform.PLATFORM_JD).build());
        assertEquals(List.of("buyer", "coupon"), scoped.getVariablesList());
        assertEquals(List.of(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE), scoped.getCustomerPolesList());
        assertEquals(scoped, get(as(INTERNAL_KEY), shop, scoped.getScriptId()));

        ReplyScript offHours = create(as(INTERNAL_KEY), shop, ReplyScript.newBuilder().setTitle("下班")
                .setOccasion(ReplyOccasion.REPLY_OCCASION_OFF_HOURS).addVariants("亲，上班后回复您").build());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, offHours.getCategory());
        // Answers list by category first, the occasion scripts after them, also across pages.
        ListReplyScriptsResponse page = list(as(INTERNAL_KEY), shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED,
                1, "");
        assertEquals(scoped.getScriptId(), page.getScripts(0).getScriptId());
        assertEquals(List.of(offHours), list(as(INTERNAL_KEY), shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 1,
                page.getNextPageToken()).getScriptsList());

        assertInvalid("script.variants[0]", () -> create(as(INTERNAL_KEY), shop,
                script(QuestionCategory.QUESTION_CATEGORY_ACK, "t", "亲{name}")));
        assertInvalid("script.category", () -> create(as(INTERNAL_KEY), shop, offHours.toBuilder()
                .setCategory(QuestionCategory.QUESTION_CATEGORY_ACK).build()));
        assertInvalid("script.customer_poles", () -> create(as(INTERNAL_KEY), shop, scoped.toBuilder()
                .addCustomerPoles(CustomerPole.CUSTOMER_POLE_PRICE_INSENSITIVE).build()));
        assertInvalid("script.customer_poles[0]", () -> create(as(INTERNAL_KEY), shop, scoped.toBuilder()
                .setCustomerPoles(0, CustomerPole.CUSTOMER_POLE_UNKNOWN).build()));
    }

    @Test
    void listsByCategoryThenIdInPages() {
        String shop = freshShop();
        var scripts = as(INTERNAL_KEY);
        List<ReplyScript> created = new ArrayList<>();
        for (QuestionCategory category : List.of(QuestionCategory.QUESTION_CATEGORY_REFUND,
                QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, QuestionCategory.QUESTION_CATEGORY_SIZE_FIT,
                QuestionCategory.QUESTION_CATEGORY_PRICE, QuestionCategory.QUESTION_CATEGORY_SIZE_FIT)) {
            created.add(create(scripts, shop, script(category, category.name(), "亲~")));
        }
        List<ReplyScript> expected = created.stream()
                .sorted(Comparator.comparingInt(ReplyScript::getCategoryValue).thenComparing(ReplyScript::getScriptId))
                .toList();

        List<ReplyScript> paged = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = "";
        do {
            ListReplyScriptsResponse page = list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 2,
                    token);
            paged.addAll(page.getScriptsList());
            pageSizes.add(page.getScriptsCount());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertEquals(expected, paged);
        assertEquals(List.of(2, 2, 1), pageSizes);

        ListReplyScriptsResponse all = list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 0, "");
        assertEquals(expected, all.getScriptsList());
        assertEquals("", all.getNextPageToken());

        ListReplyScriptsResponse sizeFit = list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, 2, "");
        assertEquals(expected.subList(0, 2), sizeFit.getScriptsList());
        assertEquals(expected.subList(2, 3), list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, 2,
                sizeFit.getNextPageToken()).getScriptsList());
        assertInvalid("page_token", () -> list(scripts, shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, 2,
                sizeFit.getNextPageToken()));
    }

    private ReplyScriptServiceBlockingStub as(String key) {
        return ApiKeys.withKey(client, key);
    }

    private static ReplyScript create(ReplyScriptServiceBlockingStub stub, String shop, ReplyScript script) {
        return stub.createReplyScript(CreateReplyScriptRequest.newBuilder().setShopId(shop).setScript(script).build())
                .getScript();
    }

    private static ReplyScript update(ReplyScriptServiceBlockingStub stub, String shop, ReplyScript script,
            long expectedVersion) {
        return stub.updateReplyScript(UpdateReplyScriptRequest.newBuilder().setShopId(shop).setScript(script)
                .setExpectedVersion(expectedVersion).build()).getScript();
    }

    private static ReplyScript get(ReplyScriptServiceBlockingStub stub, String shop, String id) {
        return stub.getReplyScript(GetReplyScriptRequest.newBuilder().setShopId(shop).setScriptId(id).build())
                .getScript();
    }

    private static DeleteReplyScriptRequest delete(String shop, String id) {
        return DeleteReplyScriptRequest.newBuilder().setShopId(shop).setScriptId(id).build();
    }

    private static ListReplyScriptsResponse list(ReplyScriptServiceBlockingStub stub, String shop,
            QuestionCategory category, int pageSize, String token) {
        return stub.listReplyScripts(ListReplyScriptsRequest.newBuilder().setShopId(shop).setCategory(category)
                .setPageSize(pageSize).setPageToken(token).build());
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    /** "ACTION version oldTitle newTitle" per audit row; the titles are read through jsonb to prove the JSON. */
    private List<String> audit(String shop, String scriptId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT action, version, old_content::jsonb ->> 'title',"
                        + " new_content::jsonb ->> 'title' FROM script_audit WHERE shop_id = ? AND script_id = ?"
                        + " ORDER BY id")) {
            s.setString(1, shop);
            s.setObject(2, UUID.fromString(scriptId));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getLong(2) + " " + r.getString(3) + " " + r.getString(4));
                }
            }
            return rows;
        }
    }
}
