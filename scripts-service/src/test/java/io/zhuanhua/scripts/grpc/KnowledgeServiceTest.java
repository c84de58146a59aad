package io.zhuanhua.scripts.grpc;

import static io.zhuanhua.scripts.grpc.Calls.INTERNAL_KEY;
import static io.zhuanhua.scripts.grpc.Calls.SHOP_B_KEY;
import static io.zhuanhua.scripts.grpc.Calls.assertInvalid;
import static io.zhuanhua.scripts.grpc.Calls.assertStatus;
import static io.zhuanhua.scripts.grpc.Calls.freshShop;
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
import io.zhuanhua.proto.common.v1.Money;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.BusinessHours;
import io.zhuanhua.proto.scripts.v1.DeleteProductRequest;
import io.zhuanhua.proto.scripts.v1.GetProductRequest;
import io.zhuanhua.proto.scripts.v1.GetShopPolicyRequest;
import io.zhuanhua.proto.scripts.v1.ListProductsRequest;
import io.zhuanhua.proto.scripts.v1.ListProductsResponse;
import io.zhuanhua.proto.scripts.v1.LocalTime;
import io.zhuanhua.proto.scripts.v1.MeasureRange;
import io.zhuanhua.proto.scripts.v1.OpeningInterval;
import io.zhuanhua.proto.scripts.v1.Product;
import io.zhuanhua.proto.scripts.v1.ProductAttribute;
import io.zhuanhua.proto.scripts.v1.ProductServiceGrpc.ProductServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.ShopPolicy;
import io.zhuanhua.proto.scripts.v1.ShopPolicyServiceGrpc.ShopPolicyServiceBlockingStub;
import io.zhuanhua.proto.scripts.v1.SizeChart;
import io.zhuanhua.proto.scripts.v1.SizeChartRow;
import io.zhuanhua.proto.scripts.v1.SizeInBetweenRule;
import io.zhuanhua.proto.scripts.v1.Sku;
import io.zhuanhua.proto.scripts.v1.UpdateShopPolicyRequest;
import io.zhuanhua.proto.scripts.v1.UpsertProductRequest;
import io.zhuanhua.proto.scripts.v1.Weekday;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KnowledgeServiceTest {
    @GrpcClient("scripts")
    ProductServiceBlockingStub products;

    @GrpcClient("scripts")
    ShopPolicyServiceBlockingStub policies;

    /** A men's T-shirt with a size chart, as ProductService stores it; shared with the Suggest tests. */
    static Product tshirt(String itemId) {
        return Product.newBuilder().setItemId(itemId).setName("男士纯棉短袖T恤")
                .addAttributes(ProductAttribute.newBuilder().setName("颜色").setValue("黑色/白色"))
                .addSellingPoints("吸汗透气").addMaterials("棉95%").addMaterials("氨纶5%")
                .addSkus(Sku.newBuilder().setSkuId(itemId + "-xl").setName("黑色 XL"))
                .setSizeChart(SizeChart.newBuilder().setInBetweenRule(SizeInBetweenRule.SIZE_IN_BETWEEN_RULE_LARGER)
                        .addRows(row("M", 160, 165, 45, 55)).addRows(row("L", 165, 170, 55, 62))
                        .addRows(row("XL", 170, 178, 62, 72)).addRows(row("XXL", 178, 185, 72, 82)))
                .build();
    }

    private static SizeChartRow row(String size, double hMin, double hMax, double wMin, double wMax) {
        return SizeChartRow.newBuilder().setSize(size).setHeightCm(MeasureRange.newBuilder().setMin(hMin).setMax(hMax))
                .setWeightKg(MeasureRange.newBuilder().setMin(wMin).setMax(wMax)).build();
    }

    @Test
    void upsertGetListDeleteWithVersions() {
        String shop = freshShop();
        var client = ApiKeys.withKey(products, INTERNAL_KEY);
        Product created = upsert(client, shop, tshirt("item-2"), 0);
        assertEquals(1, created.getVersion());
        assertEquals(tshirt("item-2"), created.toBuilder().clearVersion().clearUpdateTime().build());
        assertEquals(created, client.getProduct(GetProductRequest.newBuilder().setShopId(shop).setItemId("item-2")
                .build()).getProduct());

        Product renamed = upsert(client, shop, tshirt("item-2").toBuilder().setName("新款T恤").build(), 1);
        assertEquals(2, renamed.getVersion());
        assertStatus(Code.FAILED_PRECONDITION, () -> upsert(client, shop, tshirt("item-2"), 1));
        upsert(client, shop, tshirt("item-1"), 0);
        upsert(client, shop, tshirt("item-3"), 0);

        ListProductsResponse first = client.listProducts(ListProductsRequest.newBuilder().setShopId(shop)
                .setPageSize(2).build());
        assertEquals(List.of("item-1", "item-2"), first.getProductsList().stream().map(Product::getItemId).toList());
        ListProductsResponse second = client.listProducts(ListProductsRequest.newBuilder().setShopId(shop)
                .setPageSize(2).setPageToken(first.getNextPageToken()).build());
        assertEquals(List.of("item-3"), second.getProductsList().stream().map(Product::getItemId).toList());
        assertTrue(second.getNextPageToken().isEmpty());

        client.deleteProduct(DeleteProductRequest.newBuilder().setShopId(shop).setItemId("item-2").build());
        assertStatus(Code.NOT_FOUND, () -> client.getProduct(GetProductRequest.newBuilder().setShopId(shop)
                .setItemId("item-2").build()));
        // Another shop's item is not there for this shop.
        assertStatus(Code.NOT_FOUND, () -> client.getProduct(GetProductRequest.newBuilder().setShopId(freshShop())
                .setItemId("item-1").build()));
        assertStatus(Code.PERMISSION_DENIED, () -> ApiKeys.withKey(products, SHOP_B_KEY).getProduct(
                GetProductRequest.newBuilder().setShopId("shop-a").setItemId("item-1").build()));
    }

    @Test
    void rejectsInvalidAndNonCompliantProducts() {
        var client = ApiKeys.withKey(products, INTERNAL_KEY);
        String shop = freshShop();
        assertInvalid("product", () -> client.upsertProduct(UpsertProductRequest.newBuilder().setShopId(shop).build()));
        assertInvalid("product.item_id", () -> upsert(client, shop, tshirt(""), 0));
        assertInvalid("product.name", () -> upsert(client, shop, tshirt("x").toBuilder().setName("绝对不起球").build(), 0));
        assertInvalid("product.selling_points[1]", () -> upsert(client, shop,
                tshirt("x").toBuilder().addSellingPoints("加微信领红包").build(), 0));
        assertInvalid("product.size_chart", () -> upsert(client, shop, tshirt("x").toBuilder().setSizeChart(
                SizeChart.newBuilder().addRows(row("L", 170, 175, 60, 70)).addRows(row("M", 160, 165, 50, 55)))
                .build(), 0));
        assertInvalid("product.skus[1].sku_id", () -> upsert(client, shop, tshirt("x").toBuilder()
                .addSkus(Sku.newBuilder().setSkuId("x-xl").setName("again")).build(), 0));
        assertStatus(Code.NOT_FOUND, () -> client.getProduct(GetProductRequest.newBuilder().setShopId(shop)
                .setItemId("x").build()));
    }

    @Test
    void policyStartsUnstatedAndIsReplacedWholeWithVersions() {
        String shop = freshShop();
        var client = ApiKeys.withKey(policies, INTERNAL_KEY);
        ShopPolicy unstated = client.getShopPolicy(GetShopPolicyRequest.newBuilder().setShopId(shop).build())
                .getPolicy();
        assertEquals(0, unstated.getVersion());
        assertEquals(0, unstated.getBusinessHours().getIntervalsCount());
        assertFalse(unstated.hasUpdateTime());

        ShopPolicy policy = policy();
        ShopPolicy stored = client.updateShopPolicy(UpdateShopPolicyRequest.newBuilder().setShopId(shop)
                .setPolicy(policy).build()).getPolicy();
        assertEquals(1, stored.getVersion());
        assertEquals(policy, stored.toBuilder().clearVersion().clearUpdateTime().build());
        assertEquals(stored, client.getShopPolicy(GetShopPolicyRequest.newBuilder().setShopId(shop).build())
                .getPolicy());
        assertStatus(Code.FAILED_PRECONDITION, () -> client.updateShopPolicy(UpdateShopPolicyRequest.newBuilder()
                .setShopId(shop).setPolicy(policy).setExpectedVersion(7).build()));

        assertInvalid("policy.business_hours.intervals", () -> client.updateShopPolicy(UpdateShopPolicyRequest
                .newBuilder().setShopId(shop).setPolicy(policy.toBuilder().setBusinessHours(policy.getBusinessHours()
                        .toBuilder().addIntervals(interval(Weekday.WEEKDAY_SUNDAY, 1, 3)))).build()));
        assertInvalid("policy.business_hours.intervals[0].day", () -> client.updateShopPolicy(UpdateShopPolicyRequest
                .newBuilder().setShopId(shop).setPolicy(policy.toBuilder().setBusinessHours(BusinessHours.newBuilder()
                        .addIntervals(interval(Weekday.WEEKDAY_UNSPECIFIED, 9, 18)))).build()));
        assertInvalid("policy.couriers[0]", () -> client.updateShopPolicy(UpdateShopPolicyRequest.newBuilder()
                .setShopId(shop).setPolicy(policy.toBuilder().setCouriers(0, " ")).build()));
    }

    /** Weekdays 09:00-12:00 and 13:30-23:00, Saturday past midnight; shared with the Suggest tests. */
    static ShopPolicy policy() {
        BusinessHours.Builder hours = BusinessHours.newBuilder().setTimeZone("Asia/Shanghai");
        for (Weekday day : List.of(Weekday.WEEKDAY_MONDAY, Weekday.WEEKDAY_TUESDAY, Weekday.WEEKDAY_WEDNESDAY,
                Weekday.WEEKDAY_THURSDAY, Weekday.WEEKDAY_FRIDAY)) {
            hours.addIntervals(interval(day, 9, 12)).addIntervals(OpeningInterval.newBuilder().setDay(day)
                    .setOpens(LocalTime.newBuilder().setHours(13).setMinutes(30)).setCloses(time(23)));
        }
        hours.addIntervals(interval(Weekday.WEEKDAY_SATURDAY, 22, 2));
        return ShopPolicy.newBuilder().setBusinessHours(hours).addCouriers("中通").addCouriers("顺丰")
                .setDispatchCutoff(time(16)).setFreeShippingThreshold(Money.newBuilder().setAmountMinor(9900)
                        .setCurrency("CNY"))
                .setReturnDays(7).addBotCategories(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE)
                .addBotCategories(QuestionCategory.QUESTION_CATEGORY_COURIER).setCoupon("满199减20").build();
    }

    private static OpeningInterval interval(Weekday day, int opens, int closes) {
        return OpeningInterval.newBuilder().setDay(day).setOpens(time(opens)).setCloses(time(closes)).build();
    }

    private static LocalTime time(int hours) {
        return LocalTime.newBuilder().setHours(hours).build();
    }

    static Product upsert(ProductServiceBlockingStub client, String shop, Product product, long expectedVersion) {
        return client.upsertProduct(UpsertProductRequest.newBuilder().setShopId(shop).setProduct(product)
                .setExpectedVersion(expectedVersion).build()).getProduct();
    }
}
