package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.zhuanhua.proto.chat.v1.AssistRequest;
import io.zhuanhua.proto.chat.v1.AssistResponse;
import io.zhuanhua.proto.chat.v1.SuggestedReply;
import io.zhuanhua.proto.common.v1.CustomerDimension;
import io.zhuanhua.proto.common.v1.CustomerPole;
import io.zhuanhua.proto.common.v1.CustomerTrait;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptsRequest;
import io.zhuanhua.proto.scripts.v1.MeasureRange;
import io.zhuanhua.proto.scripts.v1.Product;
import io.zhuanhua.proto.scripts.v1.ReplyScript;
import io.zhuanhua.proto.scripts.v1.SizeChart;
import io.zhuanhua.proto.scripts.v1.SizeChartRow;
import io.zhuanhua.proto.scripts.v1.SizeInBetweenRule;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestResponse;
import io.zhuanhua.proto.scripts.v1.Suggestion;
import io.zhuanhua.proto.scripts.v1.UpsertProductRequest;

/**
 * The shop's playbook as agents meet it through chat-service's Assist: scripts and product knowledge stored in
 * the real scripts-service, chosen and filled for the buyer chat-service has read.
 */
@ExtendWith(SuiteExtension.class)
class PlaybookAssistIT {
    private static final String ITEM = "612345678901";

    private static ReplyScript create(Suite suite, String shop, ReplyScript script) {
        return suite.replyScripts(TestShops.INTEGRATION_KEY).createReplyScript(CreateReplyScriptRequest.newBuilder()
                .setShopId(shop).setScript(script).build()).getScript();
    }

    private static AssistRequest.Builder ask(String shop, String buyer, String text) {
        return AssistRequest.newBuilder().setShopId(shop).setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId(buyer)
                .setText(text);
    }

    private static SizeChartRow row(String size, double minCm, double maxCm, double minKg, double maxKg) {
        return SizeChartRow.newBuilder().setSize(size)
                .setHeightCm(MeasureRange.newBuilder().setMin(minCm).setMax(maxCm))
                .setWeightKg(MeasureRange.newBuilder().setMin(minKg).setMax(maxKg)).build();
    }

    @Test
    void aBuyersHeightAndWeightGetTheSizeFromTheItemsChart(Suite suite) {
        String shop = TestShops.SIZE_ADVICE;
        suite.products(TestShops.INTEGRATION_KEY).upsertProduct(UpsertProductRequest.newBuilder().setShopId(shop)
                .setProduct(Product.newBuilder().setItemId(ITEM).setName("男士纯棉短袖T恤")
                        .setSizeChart(SizeChart.newBuilder().setInBetweenRule(SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_LARGER)
                                .addRows(row("L", 165, 172, 58, 65))
                                .addRows(row("XL", 173, 178, 66, 72))
                                .addRows(row("XXL", 179, 185, 73, 82))))
                .build());
        ReplyScript sizeScript = create(suite, shop, ReplyScript.newBuilder()
                .setCategory(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT).setTitle("尺码建议")
                .addVariants("{buyer}您好，按您的身高体重，{product}建议拍{size}码哦").build());

        // 175 cm and 140 jin (70 kg) lie in the XL row only.
        AssistResponse r = suite.assist(TestShops.INTEGRATION_KEY).assist(ask(shop, "size-buyer", "175 140斤穿多大")
                .setItemId(ITEM).setBuyerName("小林").build());

        assertEquals(QuestionCategory.QUESTION_CATEGORY_SIZE_FIT, r.getCategories(0).getCategory(), r.toString());
        SuggestedReply first = r.getSuggestions(0);
        assertEquals(sizeScript.getScriptId(), first.getScriptId(), r.getSuggestionsList().toString());
        assertEquals("小林您好，按您的身高体重，男士纯棉短袖T恤建议拍XL码哦", first.getText());
        assertFalse(first.getReason().isBlank());
        assertFalse(first.getDefaultPlaybook());
        r.getSuggestionsList().forEach(s -> assertFalse(s.getText().contains("{"), "half-filled: " + s));

        // Without the buyer's measurements {size} cannot be filled: the script is left out, never sent half-filled.
        AssistResponse vague = suite.assist(TestShops.INTEGRATION_KEY).assist(ask(shop, "size-buyer-2", "这个尺码偏大吗")
                .setItemId(ITEM).setBuyerName("小林").build());
        assertTrue(vague.getSuggestionsList().stream().noneMatch(s -> s.getScriptId().equals(sizeScript.getScriptId())),
                vague.getSuggestionsList().toString());
    }

    @Test
    void aPriceSensitiveBuyersBargainGetsThePriceSensitiveVariant(Suite suite) {
        String shop = TestShops.BARGAIN;
        ReplyScript plain = create(suite, shop, ReplyScript.newBuilder()
                .setCategory(QuestionCategory.QUESTION_CATEGORY_BARGAIN).setTitle("议价")
                .addVariants("亲，这款已经是活动价了，品质有保障，放心拍哦").build());
        ReplyScript priceSensitive = create(suite, shop, ReplyScript.newBuilder()
                .setCategory(QuestionCategory.QUESTION_CATEGORY_BARGAIN).setTitle("议价-价格敏感")
                .addCustomerPoles(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE)
                .addVariants("亲，价格已经很实在了，两件一起拍可以叠加店铺满减，更划算哦").build());

        // The buyer asked for coupons and a lower price a minute ago, in the conversation still open now.
        String buyer = "bargain-buyer";
        LocalDateTime start = LocalDateTime.now(ShopEvents.SHANGHAI).minusMinutes(3).truncatedTo(ChronoUnit.SECONDS);
        ShopEvents story = new ShopEvents()
                .buyer(buyer, start.toString(), "有优惠券吗")
                .agent(buyer, "xiaomei", start.plusSeconds(20).toString(), "亲 现在下单就是活动价哦")
                .buyer(buyer, start.plusSeconds(60).toString(), "能便宜点吗 别家便宜10块");
        assertTrue(suite.shop(shop, TestShops.INTEGRATION_KEY).ingestChats(story.chatEvents()).stream()
                .allMatch(o -> o == EventOutcome.EVENT_OUTCOME_STORED));

        AssistResponse r = suite.assist(TestShops.INTEGRATION_KEY).assist(ask(shop, buyer, "再少点吧 少20我就拍")
                .setMaxSuggestions(5).build());

        assertEquals(QuestionCategory.QUESTION_CATEGORY_BARGAIN, r.getCategories(0).getCategory(), r.toString());
        assertEquals(CustomerPole.CUSTOMER_POLE_PRICE_SENSITIVE, r.getCustomer().getTraitsList().stream()
                .filter(t -> t.getDimension() == CustomerDimension.CUSTOMER_DIMENSION_PRICE)
                .map(CustomerTrait::getPole).findFirst().orElseThrow());
        List<String> ids = r.getSuggestionsList().stream().map(SuggestedReply::getScriptId).toList();
        assertEquals(priceSensitive.getScriptId(), ids.get(0), r.getSuggestionsList().toString());
        assertTrue(ids.indexOf(plain.getScriptId()) > 0, "the plain variant ranks below: " + ids);
        assertFalse(r.getSuggestions(0).getReason().isBlank());
    }

    @Test
    void aScriptWithAnAbsolutePromiseIsRejectedWithItsSpan(Suite suite) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> create(suite, TestShops.LINT,
                ReplyScript.newBuilder().setCategory(QuestionCategory.QUESTION_CATEGORY_QUALITY).setTitle("起球")
                        .addVariants("亲 这款绝对不起球").build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertTrue(e.getStatus().getDescription().startsWith(
                "script.variants[0]: not compliant: ABSOLUTE_PROMISE \"绝对\" at 4-6"), e.getStatus().getDescription());
        // Nothing was stored.
        assertEquals(0, suite.replyScripts(TestShops.INTEGRATION_KEY).listReplyScripts(ListReplyScriptsRequest
                .newBuilder().setShopId(TestShops.LINT).build()).getScriptsCount());
    }

    @Test
    void aNewShopGetsTheDefaultPlaybook(Suite suite) {
        SuggestResponse greeting = suite.suggest(TestShops.INTEGRATION_KEY).suggest(SuggestRequest.newBuilder()
                .setShopId(TestShops.FRESH).setCategory(QuestionCategory.QUESTION_CATEGORY_GREETING).build());
        assertFalse(greeting.getSuggestionsList().isEmpty(), "a shop without scripts gets the default playbook");
        for (Suggestion s : greeting.getSuggestionsList()) {
            assertTrue(s.getDefaultPlaybook(), s.toString());
            assertFalse(s.getText().isBlank() || s.getText().contains("{"), s.toString());
        }
        // The same playbook reaches the agent through chat-service.
        AssistResponse r = suite.assist(TestShops.INTEGRATION_KEY).assist(ask(TestShops.FRESH, "fresh-buyer", "在吗")
                .build());
        assertEquals(QuestionCategory.QUESTION_CATEGORY_GREETING, r.getCategories(0).getCategory());
        assertTrue(r.getSuggestionsList().stream().allMatch(SuggestedReply::getDefaultPlaybook), r.toString());
        assertFalse(r.getSuggestionsList().isEmpty(), r.toString());
    }
}
