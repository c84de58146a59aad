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
import io.zhuanhua.proto.common.v1.CustomerDimension;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.CustomerProfile;
import io.zhuanhua.proto.common.v1.CustomerTrait;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.ScriptEffectiveness;
import io.zhuanhua.proto.scripts.v1.FilledVariable;
import io.zhuanhua.proto.scripts.v1.ProductServiceGrpc.ProductServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.ReplyOccasion;
import io.zhuanhua.proto.scripts.v1.ShopPolicyServiceGrpc.ShopPolicyServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.UpdateShopPolicyRequest;
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

    @GrpcClient("scripts")
    ProductServiceBlockingStub products;

    @GrpcClient("scripts")
    ShopPolicyServiceBlockingStub policies;

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
    void advisesTheSizeFromTheItemsChartAndTheBuyersLine() {
        String shop = freshShop();
        KnowledgeServiceTest.upsert(ApiKeys.withKey(products, INTERNAL_KEY), shop,
                KnowledgeServiceTest.tshirt("528690173109"), 0);
        List<Suggestion> suggestions = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(SuggestRequest.newBuilder()
                .setShopId(shop).setCategory(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT).setItemId("528690173109")
                .setBuyerMessage("175 140斤穿多大").build()).getSuggestionsList();
        Suggestion best = suggestions.get(0);
        assertEquals("亲，按您说的身高体重，对照男士纯棉短袖T恤的尺码表建议选XL码哦；喜欢宽松一点或者修身一点的话告诉我，这边再帮您看看~",
                best.getText());
        assertEquals("default:SIZE_FIT:chart:1", best.getScriptId());
        assertEquals(List.of("product", "size"), best.getVariablesList().stream().map(FilledVariable::getName).toList());
        assertTrue(best.getReason().contains("size advice: 身高175cm 体重70kg（140斤）"), best.getReason());

        // Without measurements the sized wordings are left out, never sent with an empty size.
        List<Suggestion> unsized = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(SuggestRequest.newBuilder()
                .setShopId(shop).setCategory(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT).setItemId("528690173109")
                .setBuyerMessage("这款偏大吗").setLimit(20).build()).getSuggestionsList();
        assertEquals(List.of("default:SIZE_FIT:1", "default:SIZE_FIT:2", "default:SIZE_FIT:3"),
                unsized.stream().map(Suggestion::getScriptId).toList());
    }

    @Test
    void aPriceSensitiveBuyerGetsThePriceSensitiveVariant() {
        String shop = freshShop();
        SuggestRequest bargain = SuggestRequest.newBuilder().setShopId(shop)
                .setCategory(QuestionCategory.QUESTION_CATEGORY_BARGAIN).setCustomer(CustomerProfile.newBuilder()
                        .addTraits(CustomerTrait.newBuilder().setDimension(CustomerDimension.CUSTOMER_DIMENSION_PRICE)
                                .setPole(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE).setConfidence(0.8f)))
                .build();
        Suggestion best = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(bargain).getSuggestions(0);
        // The shop stated no coupon: the variant that needs one is left out, the other one answers.
        assertEquals("default:BARGAIN:price-sensitive:2", best.getScriptId());
        assertTrue(best.getReason().contains("fits 价格敏感 buyers"), best.getReason());

        ApiKeys.withKey(policies, INTERNAL_KEY).updateShopPolicy(UpdateShopPolicyRequest.newBuilder().setShopId(shop)
                .setPolicy(KnowledgeServiceTest.policy()).build());
        Suggestion withCoupon = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(bargain).getSuggestions(0);
        assertEquals("default:BARGAIN:price-sensitive:1", withCoupon.getScriptId());
        assertTrue(withCoupon.getText().contains("满199减20"), withCoupon.getText());

        // A buyer of no particular type gets the main script.
        assertEquals("default:BARGAIN:1", ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(bargain.toBuilder()
                .clearCustomer().build()).getSuggestions(0).getScriptId());
    }

    @Test
    void shopScriptsWithUnstatedFactsAreSkippedAndScopedOnesNeedTheirChat() {
        String shop = freshShop();
        ReplyScript coupon = create(shop, script(QuestionCategory.QUESTION_CATEGORY_PROMOTION, "券", "{buyer}，领{coupon}哦"));
        ReplyScript forTmall = create(shop, script(QuestionCategory.QUESTION_CATEGORY_PROMOTION, "天猫活动", "店铺活动见首页")
                .toBuilder().addPlatforms(Platform.PLATFORM_TMALL).addItemIds("item-9").addSkuIds("sku-1").build());
        SuggestRequest request = SuggestRequest.newBuilder().setShopId(shop)
                .setCategory(QuestionCategory.QUESTION_CATEGORY_PROMOTION).setLimit(20).build();
        List<Suggestion> plain = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(request).getSuggestionsList();
        assertTrue(plain.stream().allMatch(Suggestion::getDefaultPlaybook), plain.toString());

        ApiKeys.withKey(policies, INTERNAL_KEY).updateShopPolicy(UpdateShopPolicyRequest.newBuilder().setShopId(shop)
                .setPolicy(KnowledgeServiceTest.policy()).build());
        List<Suggestion> filled = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(request.toBuilder()
                .setBuyerName("小王").setPlatform(Platform.PLATFORM_TMALL).setItemId("item-9").setSkuId("sku-1").build())
                .getSuggestionsList();
        assertEquals(List.of(forTmall.getScriptId(), coupon.getScriptId()),
                filled.subList(0, 2).stream().map(Suggestion::getScriptId).toList());
        assertEquals("小王，领满199减20哦", filled.get(1).getText());
    }

    @Test
    void measuredConversionOrdersScriptsOfEqualFitAndAnOutageOnlyDropsIt() {
        String shop = freshShop();
        ReplyScript first = create(shop, script(QuestionCategory.QUESTION_CATEGORY_STOCK, "a", "店铺：有货哦"));
        ReplyScript second = create(shop, script(QuestionCategory.QUESTION_CATEGORY_STOCK, "b", "店铺：现货速发"));
        ReplyScript low = first.getScriptId().compareTo(second.getScriptId()) < 0 ? first : second;
        ReplyScript high = low == first ? second : first;
        SuggestRequest request = SuggestRequest.newBuilder().setShopId(shop)
                .setCategory(QuestionCategory.QUESTION_CATEGORY_STOCK).setLimit(2).build();

        // metrics-service unavailable for this shop: ties go by script id.
        assertEquals(List.of(low.getScriptId(), high.getScriptId()), ApiKeys.withKey(suggest, INTERNAL_KEY)
                .suggest(request).getSuggestionsList().stream().map(Suggestion::getScriptId).toList());

        String measuredShop = freshShop();
        ReplyScript a = create(measuredShop, script(QuestionCategory.QUESTION_CATEGORY_STOCK, "a", "店铺：有货哦"));
        ReplyScript b = create(measuredShop, script(QuestionCategory.QUESTION_CATEGORY_STOCK, "b", "店铺：现货速发"));
        ReplyScript better = a.getScriptId().compareTo(b.getScriptId()) < 0 ? b : a;
        FakeScriptEffectiveness.FIGURES.put(measuredShop, List.of(
                ScriptEffectiveness.newBuilder().setScriptId(better.getScriptId()).setInquiringBuyers(40)
                        .setOrderingBuyers(20).setConsultationConversion(0.5).build(),
                ScriptEffectiveness.newBuilder().setScriptId((better == a ? b : a).getScriptId()).setInquiringBuyers(40)
                        .setOrderingBuyers(4).setConsultationConversion(0.1).build()));
        List<Suggestion> ranked = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(request.toBuilder()
                .setShopId(measuredShop).build()).getSuggestionsList();
        assertEquals(better.getScriptId(), ranked.get(0).getScriptId());
        assertTrue(ranked.get(0).getReason().endsWith("converts 50% of 40 inquiries"), ranked.get(0).getReason());
    }

    @Test
    void offHoursAndUnpaidOrderRepliesNeedNoCategory() {
        String shop = freshShop();
        ApiKeys.withKey(policies, INTERNAL_KEY).updateShopPolicy(UpdateShopPolicyRequest.newBuilder().setShopId(shop)
                .setPolicy(KnowledgeServiceTest.policy()).build());
        Suggestion offHours = ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(SuggestRequest.newBuilder()
                .setShopId(shop).setOccasion(ReplyOccasion.REPLY_OCCASION_OFF_HOURS).build()).getSuggestions(0);
        assertEquals("default:OFF_HOURS:1", offHours.getScriptId());
        assertTrue(offHours.getText().contains("周一至周五 09:00-12:00、13:30-23:00；周六 22:00-次日02:00"),
                offHours.getText());
        assertEquals(2, ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(SuggestRequest.newBuilder().setShopId(shop)
                .setOccasion(ReplyOccasion.REPLY_OCCASION_UNPAID_ORDER).setLimit(5).build()).getSuggestionsCount(),
                "the {product} reminder needs an item");
    }

    @Test
    void validatesTheRequest() {
        String shop = freshShop();
        assertInvalid("category", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_UNSPECIFIED, "", 0));
        assertInvalid("limit", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "", 21));
        assertInvalid("limit", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "", -1));
        assertInvalid("language", () -> suggest(shop, QuestionCategory.QUESTION_CATEGORY_ACK, "!!", 0));
        assertInvalid("platform", () -> ApiKeys.withKey(suggest, INTERNAL_KEY).suggest(SuggestRequest.newBuilder()
                .setShopId(shop).setCategory(QuestionCategory.QUESTION_CATEGORY_ACK).setPlatformValue(42).build()));
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
