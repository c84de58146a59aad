package io.zhuanhua.metrics.grpc;

import java.util.LinkedHashSet;
import java.util.Set;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.metrics.questions.CategoryShare;
import io.zhuanhua.metrics.questions.QuestionShareReport;
import io.zhuanhua.metrics.questions.QuestionShareReports;
import io.zhuanhua.metrics.questions.QuestionShares;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.metrics.v1.GetQuestionSharesRequest;
import io.zhuanhua.proto.metrics.v1.GetQuestionSharesResponse;
import io.zhuanhua.proto.metrics.v1.ProductQuestionShares;
import io.zhuanhua.proto.metrics.v1.QuestionShareService;

@GrpcService
public class QuestionShareGrpcService implements QuestionShareService {
    static final int DEFAULT_PRODUCTS = 20;
    static final int MAX_PRODUCTS = 1000;
    static final int DEFAULT_PAGE_CATEGORIES = 3;

    private final QuestionShareReports reports;

    public QuestionShareGrpcService(QuestionShareReports reports) {
        this.reports = reports;
    }

    @Override
    @Blocking
    public Uni<GetQuestionSharesResponse> getQuestionShares(GetQuestionSharesRequest request) {
        return Rpc.call(() -> {
            var period = ProtoValues.period(request.hasPeriod(), request.getPeriod());
            Set<String> itemIds = new LinkedHashSet<>();
            for (int i = 0; i < request.getItemIdsCount(); i++) {
                itemIds.add(ProtoValues.requiredId(request.getItemIds(i), "item_ids[" + i + "]"));
            }
            int maxProducts = bounded(request.getMaxProducts(), DEFAULT_PRODUCTS, MAX_PRODUCTS, "max_products");
            int pageCategories = bounded(request.getPageCategories(), DEFAULT_PAGE_CATEGORIES,
                    Category.values().length, "page_categories");
            return toProto(reports.report(request.getShopId(), period, itemIds, maxProducts, pageCategories));
        });
    }

    /** 0 means the default; otherwise 1 to max. */
    private static int bounded(int value, int defaultValue, int max, String field) {
        if (value < 0 || value > max) {
            throw new InvalidFieldException(field, "must be between 0 and " + max);
        }
        return value == 0 ? defaultValue : value;
    }

    private static GetQuestionSharesResponse toProto(QuestionShareReport report) {
        GetQuestionSharesResponse.Builder proto = GetQuestionSharesResponse.newBuilder()
                .setShop(toProto(report.shop())).setShopLossRate(report.shopLossRate());
        report.products().forEach(p -> proto.addProducts(ProductQuestionShares.newBuilder().setItemId(p.itemId())
                .setShares(toProto(p.shares()))
                .addAllPageCategories(p.pageCategories().stream().map(QuestionShareGrpcService::toProto).toList())));
        report.smallHighLoss().forEach(c -> proto.addSmallHighLossCategories(toProto(c)));
        return proto.build();
    }

    private static io.zhuanhua.proto.metrics.v1.QuestionShares toProto(QuestionShares shares) {
        io.zhuanhua.proto.metrics.v1.QuestionShares.Builder proto = io.zhuanhua.proto.metrics.v1.QuestionShares
                .newBuilder().setInquiries(shares.inquiries()).setAskingInquiries(shares.askingInquiries());
        shares.categories().forEach(c -> proto.addCategories(toProto(c)));
        return proto.build();
    }

    private static io.zhuanhua.proto.metrics.v1.CategoryShare toProto(CategoryShare share) {
        return io.zhuanhua.proto.metrics.v1.CategoryShare.newBuilder().setCategory(toProto(share.category()))
                .setInquiries(share.inquiries()).setShare(share.share()).setCumulativeShare(share.cumulativeShare())
                .setPareto(share.pareto()).setLostInquiries(share.lostInquiries()).setLossRate(share.lossRate())
                .build();
    }

    private static QuestionCategory toProto(Category category) {
        return QuestionCategory.forNumber(category.number());
    }
}
