package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.agent;
import static io.zhuanhua.metrics.grpc.Protos.created;
import static io.zhuanhua.metrics.grpc.Protos.inquiry;
import static io.zhuanhua.metrics.grpc.Protos.period;
import static io.zhuanhua.proto.common.v1.QuestionCategory.QUESTION_CATEGORY_COMFORT;
import static io.zhuanhua.proto.common.v1.QuestionCategory.QUESTION_CATEGORY_GREETING;
import static io.zhuanhua.proto.common.v1.QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE;
import static io.zhuanhua.proto.common.v1.QuestionCategory.QUESTION_CATEGORY_SIZE_FIT;
import static io.zhuanhua.proto.common.v1.QuestionCategory.QUESTION_CATEGORY_STOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.CategoryShare;
import io.zhuanhua.proto.metrics.v1.Consultation;
import io.zhuanhua.proto.metrics.v1.ConsultationFeedServiceGrpc.ConsultationFeedServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.GetQuestionSharesRequest;
import io.zhuanhua.proto.metrics.v1.GetQuestionSharesResponse;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc.OrderIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.PublishConsultationsRequest;
import io.zhuanhua.proto.metrics.v1.QuestionShareServiceGrpc.QuestionShareServiceBlockingStub;

/**
 * Question shares over the RPC, on 2026-04-21: eight shop-a buyers ask about the size of the coat (four
 * also about shipping) and order; two ask about the comfort of the scarf and leave. shop-b's buyers only
 * ask about stock.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class QuestionShareGrpcServiceTest {
    private static final String D = "2026-04-21T";

    @GrpcClient("metrics")
    ConsultationFeedServiceBlockingStub feed;
    @GrpcClient("metrics")
    OrderIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    QuestionShareServiceBlockingStub shares;

    @BeforeEach
    void scriptTheDay() {
        List<Consultation> day = new ArrayList<>();
        List<OrderEvent> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Consultation.Builder c = inquiry("qs-c" + i, 1, "shop-a", "qs-b" + i, D + "10:0" + i,
                    agent("alice", D + "10:0" + i + ":05")).addItemIds("coat").addItemIds("scarf")
                    .addCategories(QUESTION_CATEGORY_GREETING).addCategories(QUESTION_CATEGORY_SIZE_FIT);
            if (i < 4) {
                c.addCategories(QUESTION_CATEGORY_SHIPPING_FEE);
            }
            day.add(c.build());
            orders.add(created("qs-o" + i, "qs-b" + i, D + "20:00", 9900));
        }
        for (int i = 8; i < 10; i++) {
            day.add(inquiry("qs-c" + i, 1, "shop-a", "qs-b" + i, D + "11:00", agent("alice", D + "11:01"))
                    .addItemIds("scarf").addCategories(QUESTION_CATEGORY_COMFORT).build());
        }
        day.add(inquiry("qs-cx", 1, "shop-b", "qs-bx", D + "11:00", agent("xavier", D + "11:01"))
                .addItemIds("coat").addCategories(QUESTION_CATEGORY_STOCK).build());
        ApiKeys.withKey(feed, Protos.INTERNAL_KEY).publishConsultations(
                PublishConsultationsRequest.newBuilder().addAllConsultations(day).build());
        ApiKeys.withKey(ingest, Protos.SHOP_A_KEY).ingestOrderEvents(
                IngestOrderEventsRequest.newBuilder().setShopId("shop-a").addAllEvents(orders).build());
    }

    private GetQuestionSharesResponse shares(String key, String shopId, GetQuestionSharesRequest.Builder request) {
        return ApiKeys.withKey(shares, key).getQuestionShares(request.setShopId(shopId)
                .setPeriod(period("2026-04-20", "2026-04-21")).build());
    }

    private static List<QuestionCategory> categories(List<CategoryShare> shares) {
        return shares.stream().map(CategoryShare::getCategory).toList();
    }

    @Test
    void sharesParetoAndAdvice() {
        GetQuestionSharesResponse r = shares(Protos.SHOP_A_KEY, "shop-a", GetQuestionSharesRequest.newBuilder());
        // Mentions: size 8, shipping 4, comfort 2 of 14; greetings are no questions.
        assertEquals(List.of(QUESTION_CATEGORY_SIZE_FIT, QUESTION_CATEGORY_SHIPPING_FEE, QUESTION_CATEGORY_COMFORT),
                categories(r.getShop().getCategoriesList()));
        assertEquals(List.of(true, true, false),
                r.getShop().getCategoriesList().stream().map(CategoryShare::getPareto).toList());
        assertEquals(8.0 / 14, r.getShop().getCategories(0).getShare());
        assertEquals(10, r.getShop().getInquiries());
        assertEquals(0.2, r.getShopLossRate());
        assertEquals(List.of(QUESTION_CATEGORY_COMFORT), categories(r.getSmallHighLossCategoriesList()));
        assertEquals(1.0, r.getSmallHighLossCategories(0).getLossRate());

        assertEquals(List.of("coat", "scarf"), r.getProductsList().stream().map(p -> p.getItemId()).toList());
        assertEquals(List.of(QUESTION_CATEGORY_SIZE_FIT, QUESTION_CATEGORY_SHIPPING_FEE),
                r.getProducts(0).getPageCategoriesList());
        assertEquals(List.of(QUESTION_CATEGORY_COMFORT), r.getProducts(1).getPageCategoriesList());

        GetQuestionSharesResponse scarfOnly = shares(Protos.SHOP_A_KEY, "shop-a",
                GetQuestionSharesRequest.newBuilder().addItemIds("scarf").setPageCategories(1));
        assertEquals(List.of("scarf"), scarfOnly.getProductsList().stream().map(p -> p.getItemId()).toList());
    }

    @Test
    void anotherShopsQuestionsNeverAppear() {
        GetQuestionSharesResponse b = shares(Protos.SHOP_B_KEY, "shop-b", GetQuestionSharesRequest.newBuilder());
        assertEquals(List.of(QUESTION_CATEGORY_STOCK), categories(b.getShop().getCategoriesList()));
        assertEquals(List.of("coat"), b.getProductsList().stream().map(p -> p.getItemId()).toList());
        StatusRuntimeException denied = assertThrows(StatusRuntimeException.class,
                () -> shares(Protos.SHOP_A_KEY, "shop-b", GetQuestionSharesRequest.newBuilder()));
        assertEquals(Status.Code.PERMISSION_DENIED, denied.getStatus().getCode());
        StatusRuntimeException bad = assertThrows(StatusRuntimeException.class,
                () -> shares(Protos.SHOP_A_KEY, "shop-a", GetQuestionSharesRequest.newBuilder().setMaxProducts(-1)));
        assertEquals("max_products: must be between 0 and 1000", bad.getStatus().getDescription());
    }
}
