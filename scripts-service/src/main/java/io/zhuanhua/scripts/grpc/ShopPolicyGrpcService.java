package io.zhuanhua.scripts.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.scripts.v1.GetShopPolicyRequest;
import io.zhuanhua.proto.scripts.v1.GetShopPolicyResponse;
import io.zhuanhua.proto.scripts.v1.ShopPolicyService;
import io.zhuanhua.proto.scripts.v1.UpdateShopPolicyRequest;
import io.zhuanhua.proto.scripts.v1.UpdateShopPolicyResponse;
import io.zhuanhua.scripts.knowledge.ShopPolicies;

@GrpcService
public class ShopPolicyGrpcService implements ShopPolicyService {
    private final ShopPolicies policies;

    public ShopPolicyGrpcService(ShopPolicies policies) {
        this.policies = policies;
    }

    @Override
    @Blocking
    public Uni<GetShopPolicyResponse> getShopPolicy(GetShopPolicyRequest request) {
        return Rpc.call(() -> GetShopPolicyResponse.newBuilder()
                .setPolicy(KnowledgeMapping.toProto(policies.get(request.getShopId()))).build());
    }

    @Override
    @Blocking
    public Uni<UpdateShopPolicyResponse> updateShopPolicy(UpdateShopPolicyRequest request) {
        return Rpc.call(() -> UpdateShopPolicyResponse.newBuilder().setPolicy(KnowledgeMapping.toProto(
                policies.update(request.getShopId(), KnowledgeMapping.policy(request.hasPolicy(), request.getPolicy()),
                        request.getExpectedVersion()))).build());
    }
}
