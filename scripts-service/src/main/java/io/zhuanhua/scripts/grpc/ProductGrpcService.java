package io.zhuanhua.scripts.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.scripts.v1.DeleteProductRequest;
import io.zhuanhua.proto.scripts.v1.DeleteProductResponse;
import io.zhuanhua.proto.scripts.v1.GetProductRequest;
import io.zhuanhua.proto.scripts.v1.GetProductResponse;
import io.zhuanhua.proto.scripts.v1.ListProductsRequest;
import io.zhuanhua.proto.scripts.v1.ListProductsResponse;
import io.zhuanhua.proto.scripts.v1.ProductService;
import io.zhuanhua.proto.scripts.v1.UpsertProductRequest;
import io.zhuanhua.proto.scripts.v1.UpsertProductResponse;
import io.zhuanhua.scripts.knowledge.Products;

@GrpcService
public class ProductGrpcService implements ProductService {
    private final Products products;

    public ProductGrpcService(Products products) {
        this.products = products;
    }

    @Override
    @Blocking
    public Uni<UpsertProductResponse> upsertProduct(UpsertProductRequest request) {
        return Rpc.call(() -> UpsertProductResponse.newBuilder().setProduct(KnowledgeMapping.toProto(
                products.upsert(request.getShopId(), KnowledgeMapping.content(request.hasProduct(), request.getProduct()),
                        request.getExpectedVersion()))).build());
    }

    @Override
    @Blocking
    public Uni<GetProductResponse> getProduct(GetProductRequest request) {
        return Rpc.call(() -> GetProductResponse.newBuilder()
                .setProduct(KnowledgeMapping.toProto(products.get(request.getShopId(), request.getItemId()))).build());
    }

    @Override
    @Blocking
    public Uni<ListProductsResponse> listProducts(ListProductsRequest request) {
        return Rpc.call(() -> {
            Products.Page page = products.list(request.getShopId(), request.getPageSize(), request.getPageToken());
            ListProductsResponse.Builder response = ListProductsResponse.newBuilder();
            page.products().forEach(p -> response.addProducts(KnowledgeMapping.toProto(p)));
            page.nextToken().ifPresent(response::setNextPageToken);
            return response.build();
        });
    }

    @Override
    @Blocking
    public Uni<DeleteProductResponse> deleteProduct(DeleteProductRequest request) {
        return Rpc.call(() -> {
            products.delete(request.getShopId(), request.getItemId());
            return DeleteProductResponse.getDefaultInstance();
        });
    }
}
