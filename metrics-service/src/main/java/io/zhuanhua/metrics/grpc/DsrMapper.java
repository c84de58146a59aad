package io.zhuanhua.metrics.grpc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.metrics.dsr.DimensionDsr;
import io.zhuanhua.metrics.dsr.DsrDimension;
import io.zhuanhua.metrics.dsr.DsrReport;
import io.zhuanhua.metrics.dsr.IndustryBenchmark;
import io.zhuanhua.metrics.dsr.Rating;
import io.zhuanhua.metrics.dsr.RatingOutcome;
import io.zhuanhua.metrics.dsr.StarCounts;
import io.zhuanhua.proto.common.v1.DateRange;
import io.zhuanhua.proto.metrics.v1.DimensionScore;
import io.zhuanhua.proto.metrics.v1.GetDsrRequest;
import io.zhuanhua.proto.metrics.v1.GetDsrResponse;
import io.zhuanhua.proto.metrics.v1.IndustryBenchmarks;
import io.zhuanhua.proto.metrics.v1.ItemRating;
import io.zhuanhua.proto.metrics.v1.RecoveryCost;

/** Checks ratings and DSR requests field by field and maps DSR reports to the contract. */
final class DsrMapper {
    private static final String STARS = "between 1 and 5";

    private DsrMapper() {
    }

    /** @param path the rating's field path, e.g. "ratings[2]" */
    static Rating toDomain(io.zhuanhua.proto.metrics.v1.Rating rating, String path) {
        String platform = ProtoValues.requiredPlatform(rating.getPlatform(), path + ".platform");
        String orderId = ProtoValues.requiredId(rating.getOrderId(), path + ".order_id");
        String buyerId = ProtoValues.requiredId(rating.getBuyerId(), path + ".buyer_id");
        Instant ratedAt = ProtoValues.requiredTime(rating.hasRatedAt(), rating.getRatedAt(), path + ".rated_at");
        int service = stars(rating.getService(), path + ".service");
        int logistics = stars(rating.getLogistics(), path + ".logistics");
        Map<String, Integer> descriptions = new LinkedHashMap<>();
        for (int i = 0; i < rating.getItemsCount(); i++) {
            ItemRating item = rating.getItems(i);
            String itemPath = path + ".items[" + i + "]";
            String itemId = ProtoValues.requiredId(item.getItemId(), itemPath + ".item_id");
            if (descriptions.put(itemId, stars(item.getScore(), itemPath + ".score")) != null) {
                throw new InvalidFieldException(itemPath + ".item_id", "item " + itemId + " is rated twice");
            }
        }
        return new Rating(platform, orderId, buyerId, ratedAt, service, logistics, descriptions);
    }

    private static int stars(int score, String field) {
        if (!Rating.isStars(score)) {
            throw new InvalidFieldException(field, STARS);
        }
        return score;
    }

    static io.zhuanhua.proto.metrics.v1.RatingOutcome toProto(RatingOutcome outcome) {
        return switch (outcome) {
            case STORED -> io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_STORED;
            case DUPLICATE -> io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_DUPLICATE;
            case REPLACED -> io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_REPLACED;
            case STALE -> io.zhuanhua.proto.metrics.v1.RatingOutcome.RATING_OUTCOME_STALE;
        };
    }

    static Optional<LocalDate> asOf(GetDsrRequest request) {
        return request.hasAsOf() ? Optional.of(ProtoValues.requiredDate(true, request.getAsOf(), "as_of"))
                : Optional.empty();
    }

    /** The industry figures the request brings, by dimension. */
    static Map<DsrDimension, IndustryBenchmark> industry(GetDsrRequest request) {
        Map<DsrDimension, IndustryBenchmark> given = new EnumMap<>(DsrDimension.class);
        IndustryBenchmarks industry = request.getIndustry();
        if (industry.hasDescription()) {
            given.put(DsrDimension.DESCRIPTION, benchmark(industry.getDescription(), "industry.description"));
        }
        if (industry.hasService()) {
            given.put(DsrDimension.SERVICE, benchmark(industry.getService(), "industry.service"));
        }
        if (industry.hasLogistics()) {
            given.put(DsrDimension.LOGISTICS, benchmark(industry.getLogistics(), "industry.logistics"));
        }
        return given;
    }

    private static IndustryBenchmark benchmark(io.zhuanhua.proto.metrics.v1.IndustryBenchmark figures, String path) {
        return IndustryBenchmark.of(figures.getMean(), figures.getMax(), path);
    }

    static GetDsrResponse toProto(DsrReport report) {
        return GetDsrResponse.newBuilder().setShopId(report.shopId())
                .setAsOf(ProtoValues.toProto(report.asOf()))
                .setWindow(DateRange.newBuilder().setStart(ProtoValues.toProto(report.window().firstDay()))
                        .setEnd(ProtoValues.toProto(report.window().lastDay())))
                .setTimeZone(report.zone().getId())
                .setDescription(toProto(report.dimensions().get(DsrDimension.DESCRIPTION)))
                .setService(toProto(report.dimensions().get(DsrDimension.SERVICE)))
                .setLogistics(toProto(report.dimensions().get(DsrDimension.LOGISTICS)))
                .build();
    }

    private static DimensionScore toProto(DimensionDsr dsr) {
        StarCounts counts = dsr.counts();
        DimensionScore.Builder score = DimensionScore.newBuilder().setRatingCount(counts.total())
                .setCounts(io.zhuanhua.proto.metrics.v1.StarCounts.newBuilder().setOneStar(counts.of(1))
                        .setTwoStar(counts.of(2)).setThreeStar(counts.of(3)).setFourStar(counts.of(4))
                        .setFiveStar(counts.of(5)));
        dsr.score().ifPresent(score::setScore);
        dsr.position().ifPresent(score::setPosition);
        dsr.industry().ifPresent(figures -> score.setIndustry(io.zhuanhua.proto.metrics.v1.IndustryBenchmark
                .newBuilder().setMean(figures.mean()).setMax(figures.max())));
        dsr.recovery().forEach((stars, cost) -> {
            RecoveryCost.Builder recovery = RecoveryCost.newBuilder().setStars(stars);
            cost.ifPresent(recovery::setFiveStarRatings);
            score.addRecovery(recovery);
        });
        return score.build();
    }
}
