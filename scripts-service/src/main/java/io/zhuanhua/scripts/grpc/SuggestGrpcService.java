package io.zhuanhua.scripts.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestResponse;
import io.zhuanhua.proto.scripts.v1.SuggestService;
import io.zhuanhua.proto.scripts.v1.Suggestion;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.suggest.Suggestions;

@GrpcService
public class SuggestGrpcService implements SuggestService {
    private final Suggestions suggestions;

    public SuggestGrpcService(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    @Blocking
    public Uni<SuggestResponse> suggest(SuggestRequest request) {
        return Rpc.call(() -> {
            Category category = ProtoMapping.category("category", request.getCategoryValue()).orElse(null);
            SuggestResponse.Builder response = SuggestResponse.newBuilder();
            suggestions.suggest(request.getShopId(), category, request.getLanguage(), request.getLimit())
                    .forEach(s -> response.addSuggestions(Suggestion.newBuilder().setScriptId(s.scriptId())
                            .setText(s.text()).setScore(s.score()).setReason(s.reason())
                            .setDefaultPlaybook(s.defaultPlaybook())));
            return response.build();
        });
    }
}
