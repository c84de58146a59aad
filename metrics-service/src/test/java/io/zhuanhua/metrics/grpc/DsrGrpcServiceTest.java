package io.zhuanhua.metrics.grpc;

import static io.zhuanhua.metrics.grpc.Protos.date;
import static io.zhuanhua.metrics.grpc.Protos.ts;
import static io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_DUPLICATE;
import static io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_REPLACED;
import static io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_STALE;
import static io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_STORED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.metrics.v1.DimensionScore;
import io.zhuanhua.proto.metrics.v1.DsrServiceGrpc.DsrServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.GetDsrRequest;
import io.zhuanhua.proto.metrics.v1.GetDsrResponse;
import io.zhuanhua.proto.metrics.v1.IndustryBenchmark;
import io.zhuanhua.proto.metrics.v1.IndustryBenchmarks;
import io.zhuanhua.proto.metrics.v1.IngestRatingsRequest;
import io.zhuanhua.proto.metrics.v1.ItemRating;
import io.zhuanhua.proto.metrics.v1.Rating;
import io.zhuanhua.proto.metrics.v1.RatingIngestServiceGrpc.RatingIngestServiceBlockingStub;
import io.zhuanhua.proto.metrics.v1.RatingOutcome;
import io.zhuanhua.proto.metrics.v1.RecoveryCost;
import io.zhuanhua.proto.metrics.v1.StarCounts;

/**
 * Rating ingest and DSR over gRPC. Each test rates its own orders in its own 180-day window of shop-a, so
 * that no test sees another's ratings.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DsrGrpcServiceTest {
    private static final String SHOP = "shop-a";
    private static final double EPSILON = 1e-9;

    @GrpcClient("metrics")
    RatingIngestServiceBlockingStub ingest;
    @GrpcClient("metrics")
    DsrServiceBlockingStub dsr;

    /** A rating at a Shanghai local time with description scores given as "item:score". */
    private static Rating rating(String orderId, String at, int service, int logistics, String... items) {
        Rating.Builder rating = Rating.newBuilder().setPlatform(Platform.PLATFORM_TAOBAO).setOrderId(orderId)
                .setBuyerId("buyer-" + orderId).setRatedAt(ts(at)).setService(service).setLogistics(logistics);
        for (String item : items) {
            String[] parts = item.split(":");
            rating.addItems(ItemRating.newBuilder().setItemId(parts[0]).setScore(Integer.parseInt(parts[1])));
        }
        return rating.build();
    }

    private List<RatingOutcome> send(Rating... ratings) {
        return ApiKeys.withKey(ingest, Protos.SHOP_A_KEY).ingestRatings(
                IngestRatingsRequest.newBuilder().setShopId(SHOP).addAllRatings(List.of(ratings)).build())
                .getOutcomesList();
    }

    private GetDsrResponse dsrAsOf(String asOf) {
        return ApiKeys.withKey(dsr, Protos.SHOP_A_KEY)
                .getDsr(GetDsrRequest.newBuilder().setShopId(SHOP).setAsOf(date(asOf)).build());
    }

    private static StarCounts stars(long one, long two, long three, long four, long five) {
        return StarCounts.newBuilder().setOneStar(one).setTwoStar(two).setThreeStar(three).setFourStar(four)
                .setFiveStar(five).build();
    }

    private static void assertInvalid(String description, Runnable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals(description, e.getStatus().getDescription());
    }

    @Test
    void theSameRatingTwiceIsStoredOnce() {
        Rating rating = rating("dsr-dup-o1", "2022-03-01T10:00", 5, 4, "item-1:5", "item-2:3");
        assertEquals(List.of(RATING_OUTCOME_STORED, RATING_OUTCOME_DUPLICATE), send(rating, rating));
        // Item order does not make another rating.
        Rating reordered = rating("dsr-dup-o1", "2022-03-01T10:00", 5, 4, "item-2:3", "item-1:5");
        assertEquals(List.of(RATING_OUTCOME_DUPLICATE), send(reordered));

        DimensionScore description = dsrAsOf("2022-04-01").getDescription();
        assertEquals(stars(0, 0, 1, 0, 1), description.getCounts());
        assertEquals(1, dsrAsOf("2022-04-01").getService().getRatingCount());
    }

    @Test
    void anAmendedRatingReplacesTheStoredOneWhateverTheArrivalOrder() {
        Rating first = rating("dsr-amend-o1", "2024-03-01T10:00", 1, 2, "item-1:1", "item-2:2");
        Rating amended = rating("dsr-amend-o1", "2024-03-05T09:00", 5, 5, "item-1:5");
        assertEquals(List.of(RATING_OUTCOME_STORED), send(first));
        assertEquals(List.of(RATING_OUTCOME_REPLACED), send(amended));
        // The older version arriving late changes nothing.
        assertEquals(List.of(RATING_OUTCOME_STALE, RATING_OUTCOME_DUPLICATE), send(first, amended));

        // Late amendments land in the other order: the amended version is stored first.
        send(rating("dsr-amend-o2", "2024-03-05T09:00", 5, 5, "item-1:5"));
        assertEquals(List.of(RATING_OUTCOME_STALE),
                send(rating("dsr-amend-o2", "2024-03-01T10:00", 1, 2, "item-1:1", "item-2:2")));

        GetDsrResponse response = dsrAsOf("2024-04-01");
        assertEquals(stars(0, 0, 0, 0, 2), response.getService().getCounts());
        assertEquals(stars(0, 0, 0, 0, 2), response.getLogistics().getCounts());
        assertEquals(stars(0, 0, 0, 0, 2), response.getDescription().getCounts());
    }

    @Test
    void anInvalidRatingNamesItsFieldAndNothingIsStored() {
        Rating valid = rating("dsr-bad-o1", "2021-03-01T10:00", 5, 5, "item-1:5");
        Rating alsoValid = rating("dsr-bad-o2", "2021-03-01T10:00", 4, 4);
        Rating badService = rating("dsr-bad-o3", "2021-03-01T10:00", 6, 5);
        assertInvalid("ratings[2].service: between 1 and 5", () -> send(valid, alsoValid, badService));
        assertInvalid("ratings[0].logistics: between 1 and 5", () -> send(rating("dsr-bad-o4", "2021-03-01T10:00", 5, 0)));
        assertInvalid("ratings[0].items[1].score: between 1 and 5",
                () -> send(rating("dsr-bad-o4", "2021-03-01T10:00", 5, 5, "item-1:5", "item-2:0")));
        assertInvalid("ratings[0].items[1].item_id: item item-1 is rated twice",
                () -> send(rating("dsr-bad-o4", "2021-03-01T10:00", 5, 5, "item-1:5", "item-1:4")));
        assertInvalid("ratings[0].rated_at: required",
                () -> send(valid.toBuilder().clearRatedAt().build()));
        assertInvalid("ratings: must hold 1 to 1000 items, has 0", () -> send());

        assertEquals(List.of(RATING_OUTCOME_STORED, RATING_OUTCOME_STORED), send(valid, alsoValid));
        // An order is rated by its buyer only; the batch is rolled back as a whole.
        assertInvalid("ratings[1].buyer_id: order dsr-bad-o1 was rated by another buyer; an order has one buyer",
                () -> send(rating("dsr-bad-o5", "2021-03-01T10:00", 3, 3),
                        valid.toBuilder().setBuyerId("someone-else").build()));
        assertEquals(List.of(RATING_OUTCOME_STORED), send(rating("dsr-bad-o5", "2021-03-01T10:00", 3, 3)));
    }

    @Test
    void dsrNumbersOverThe180DaysBeforeAsOf() {
        send(rating("dsr-num-o1", "2025-03-01T10:00", 5, 5, "item-a:5", "item-b:4"),
                rating("dsr-num-o2", "2025-04-01T10:00", 4, 5, "item-a:5"),
                rating("dsr-num-o3", "2025-05-01T10:00", 1, 3, "item-c:2"),
                // The window's first instant (Shanghai midnight) and its last second count...
                rating("dsr-num-o4", "2025-01-02T00:00", 5, 4),
                rating("dsr-num-o5", "2025-06-30T23:59:59", 5, 5, "item-d:5"),
                // ...the second before it and as_of's own first instant do not.
                rating("dsr-num-o6", "2025-01-01T23:59:59", 1, 1, "item-e:1"),
                rating("dsr-num-o7", "2025-07-01T00:00", 1, 1, "item-e:1"));

        GetDsrResponse response = ApiKeys.withKey(dsr, Protos.SHOP_A_KEY).getDsr(GetDsrRequest.newBuilder()
                .setShopId(SHOP).setAsOf(date("2025-07-01"))
                .setIndustry(IndustryBenchmarks.newBuilder()
                        .setLogistics(IndustryBenchmark.newBuilder().setMean(4.0).setMax(5.0)))
                .build());
        assertEquals(Protos.period("2025-01-02", "2025-06-30"), response.getWindow());
        assertEquals("Asia/Shanghai", response.getTimeZone());

        // Service 5, 4, 1, 5, 5: F = 20/5 = 4.0 against the configured 4.8/4.9; a 1-star needs (4−1)/(5−4) = 3.
        DimensionScore service = response.getService();
        assertEquals(stars(1, 0, 0, 1, 3), service.getCounts());
        assertEquals(5, service.getRatingCount());
        assertEquals(4.0, service.getScore(), EPSILON);
        assertEquals(IndustryBenchmark.newBuilder().setMean(4.8).setMax(4.9).build(), service.getIndustry());
        assertEquals(-8.0, service.getPosition(), EPSILON);
        assertEquals(List.of(3L, 2L, 1L, 0L), service.getRecoveryList().stream()
                .map(RecoveryCost::getFiveStarRatings).toList());
        assertEquals(List.of(1, 2, 3, 4), service.getRecoveryList().stream().map(RecoveryCost::getStars).toList());

        // Logistics 5, 5, 3, 4, 5: F = 4.4 against the request's 4.0/5.0.
        assertEquals(4.4, response.getLogistics().getScore(), EPSILON);
        assertEquals(0.4, response.getLogistics().getPosition(), EPSILON);

        // Description per item: 5, 4, 5, 2, 5 = 4.2; no industry figures, so no position.
        DimensionScore description = response.getDescription();
        assertEquals(stars(0, 1, 0, 1, 3), description.getCounts());
        assertEquals(4.2, description.getScore(), EPSILON);
        assertFalse(description.hasIndustry());
        assertFalse(description.hasPosition());
    }

    @Test
    void aShopWithoutRatingsHasNoScore() {
        GetDsrResponse response = dsrAsOf("2000-01-01");
        for (DimensionScore score : List.of(response.getDescription(), response.getService(),
                response.getLogistics())) {
            assertFalse(score.hasScore());
            assertFalse(score.hasPosition());
            assertEquals(0, score.getRatingCount());
            assertEquals(4, score.getRecoveryCount());
            assertTrue(score.getRecoveryList().stream().noneMatch(RecoveryCost::hasFiveStarRatings));
        }
        assertTrue(response.getService().hasIndustry());
    }

    @Test
    void asOfDefaultsToTheShopsToday() {
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        GetDsrResponse response = ApiKeys.withKey(dsr, Protos.SHOP_A_KEY)
                .getDsr(GetDsrRequest.newBuilder().setShopId(SHOP).build());
        LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(List.of(date(before.toString()), date(after.toString())).contains(response.getAsOf()));
    }

    @Test
    void badIndustryFiguresAndDatesAreRejected() {
        assertInvalid("industry.service.max: between the mean and 5",
                () -> ApiKeys.withKey(dsr, Protos.SHOP_A_KEY).getDsr(GetDsrRequest.newBuilder().setShopId(SHOP)
                        .setIndustry(IndustryBenchmarks.newBuilder()
                                .setService(IndustryBenchmark.newBuilder().setMean(4.8).setMax(4.7)))
                        .build()));
        assertInvalid("as_of: not a valid date", () -> ApiKeys.withKey(dsr, Protos.SHOP_A_KEY).getDsr(
                GetDsrRequest.newBuilder().setShopId(SHOP).setAsOf(date("2025-02-01").toBuilder().setDay(30)).build()));
    }

    @Test
    void anotherShopsKeyIsDeniedAndNoKeyIsUnauthenticated() {
        Rating rating = rating("dsr-auth-o1", "2023-03-01T10:00", 5, 5);
        IngestRatingsRequest ingestRequest = IngestRatingsRequest.newBuilder().setShopId(SHOP).addRatings(rating)
                .build();
        GetDsrRequest dsrRequest = GetDsrRequest.newBuilder().setShopId(SHOP).build();
        assertEquals(Status.Code.PERMISSION_DENIED, assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(ingest, Protos.SHOP_B_KEY).ingestRatings(ingestRequest)).getStatus().getCode());
        assertEquals(Status.Code.PERMISSION_DENIED, assertThrows(StatusRuntimeException.class,
                () -> ApiKeys.withKey(dsr, Protos.SHOP_B_KEY).getDsr(dsrRequest)).getStatus().getCode());
        assertEquals(Status.Code.UNAUTHENTICATED, assertThrows(StatusRuntimeException.class,
                () -> ingest.ingestRatings(ingestRequest)).getStatus().getCode());
        assertEquals(Status.Code.UNAUTHENTICATED, assertThrows(StatusRuntimeException.class,
                () -> dsr.getDsr(dsrRequest)).getStatus().getCode());
        // Nothing was stored by the denied call.
        assertEquals(0, dsrAsOf("2023-04-01").getService().getRatingCount());
    }
}
