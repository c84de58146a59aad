package io.zhuanhua.scripts.grpc;

import static io.zhuanhua.scripts.grpc.Calls.INTERNAL_KEY;
import static io.zhuanhua.scripts.grpc.Calls.SHOP_B_KEY;
import static io.zhuanhua.scripts.grpc.Calls.assertInvalid;
import static io.zhuanhua.scripts.grpc.Calls.assertStatus;
import static io.zhuanhua.scripts.grpc.Calls.freshShop;
import static io.zhuanhua.scripts.grpc.Calls.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.grpc.Status.Code;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc.ReplyScriptServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestServiceGrpc.SuggestServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.Suggestion;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SuggestServiceTest {
    @GrpcClient("scripts")
    SuggestServiceBlockingStub suggest;

    @GrpcClient("scripts")
    ReplyScriptServiceBlockingStub scripts;

    @Test
    void defaultPlaybookWhenTheShopHasNoScripts() {
        List<Suggestion> suggestions = suggest(freshShop(), QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, "", 0);
        assertEquals(List.of("default:SIZE_FIT:1", "default:SIZE_FIT:2", "default:SIZE_FIT:3"),
                suggestions.stream().map(Suggestion::getScriptId).toList());
        assertTrue(suggestions.stream().allMatch(Suggestion::getDefaultPlaybook));
        assertTrue(suggestions.get(0).getScore() > suggestions.get(1).getScore());
        assertTrue(suggestions.get(0).getText().startsWith("亲"));
        assertTrue(suggestions.get(0).getReason().contains("SIZE_FIT"));
    }

    @Test
    void shopScriptsComeFirstThenDefaults() {
        String shop = freshShop();
        ReplyScript first = create(shop, script(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "包邮", "店铺：全国包邮哦",
                "店铺：偏远地区补运费哦"));
        ReplyScript second = create(shop, script(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "运费险", "店铺：送运费险哦"));
        create(shop, script(QuestionCategory.QUESTION_CATEGORY_PRICE, "价格", "店铺：价格说明"));
        create(shop, script(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "fee", "Free shipping").toBuilder()
                .setLanguage("en-US").build());

        List<Suggestion> suggestions = suggest(shop, QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "zh-CN", 5);
        List<String> ownFirstVariants = first.getScriptId().compareTo(second.getScriptId()) < 0
                ? List.of("店铺：全国包邮哦", "店铺：送运费险哦")
                : List.of("店铺：送运费险哦", "店铺：全国包邮哦");
        assertEquals(ownFirstVariants, suggestions.subList(0, 2).stream().map(Suggestion::getText).toList());
        assertEquals("店铺：偏远地区补运费哦", suggestions.get(2).getText());
        assertEquals(first.getScriptId(), suggestions.get(2).getScriptId());
        assertFalse(suggestions.get(2).getDefaultPlaybook());
        assertEquals(List.of("default:SHIPPING_FEE:1", "default:SHIPPING_FEE:2"),
                suggestions.subList(3, 5).stream().map(Suggestion::getScriptId).toList());
        assertTrue(suggestions.get(2).getScore() > suggestions.get(3).getScore());

        assertEquals(List.of("Free shipping"),
                suggest(shop, QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "en-us", 20).stream()
                        .map(Suggestion::getText).toList());
    }

    @Test
    void validatesTheRequest() {
        String shop = freshShop();
        assertInvalid("category", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, "", 0));
        assertInvalid("limit", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "", 21));
        assertInvalid("limit", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "", -1));
        assertInvalid("language", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "!!", 0));
        // A limit above what exists returns everything: here the three default ACK replies.
        assertEquals(3, suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "", 20).size());
    }

    @Test
    void anotherShopsKeyIsRefused() {
        assertStatus(Code.PERMISSION_DENIED, () -> ApiKeys.withKey(suggest, SHOP_B_KEY).suggest(SuggestRequest
                .newBuilder().setShopId("shop-a").setCategory(QuestionCategory.QUESTION_CATEGORY_ACK).build()));
        assertStatus(Code.UNAUTHENTICATED, () -> suggest.suggest(SuggestRequest.newBuilder().setShopId("shop-a")
                .setCategory(QuestionCategory.QUESTION_CATEGORY_ACK).build()));
    }

    private List<Suggestion> suggest(String shop, QuestionCategory category, String language, int limit) {
        return ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(SuggestRequest.newBuilder().setShopId(shop)
                .setCategory(category).setLanguage(language).setLimit(limit).build()).getSuggestionsList();
    }

    private ReplyScript create(String shop, ReplyScript script) {
        return ApiKeys.withKey(scripts, INTERNAL_KEY).createReplyScript(CreateReplyScriptRequest.newBuilder()
                .setShopId(shop).setScript(script).build()).getScript();
    }
}
