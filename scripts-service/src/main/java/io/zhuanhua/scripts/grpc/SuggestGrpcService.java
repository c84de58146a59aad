package io.zhuanhua.scripts.grpc;

import java.util.EnumSet;
import java.util.Set;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.common.v1.CustomerTrait;
import io.zhuanhua.proto.scripts.v1.FilledVariable;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestResponse;
import io.zhuanhua.proto.scripts.v1.SuggestService;
import io.zhuanhua.proto.scripts.v1.Suggestion;
import io.zhuanhua.scripts.playbook.CustomerPole;
import io.zhuanhua.scripts.playbook.Occasion;
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
            Occasion occasion = Occasion.ofNumber(request.getOccasionValue());
            if (occasion == null) {
                throw new InvalidFieldException("occasion", "unknown occasion " + request.getOccasionValue());
            }
            Suggestions.Query query = new Suggestions.Query(request.getShopId(), occasion,
                    ProtoMapping.category("category", request.getCategoryValue()).orElse(null), request.getLanguage(),
                    request.getLimit(), buyer(request), request.getItemId(), request.getSkuId(),
                    ProtoMapping.platform("platform", request.getPlatformValue()), request.getBuyerName(),
                    request.getBuyerMessage());
            SuggestResponse.Builder response = SuggestResponse.newBuilder();
            suggestions.suggest(query).forEach(s -> {
                Suggestion.Builder suggestion = Suggestion.newBuilder().setScriptId(s.scriptId()).setText(s.text())
                        .setScore(s.score()).setReason(s.reason()).setDefaultPlaybook(s.defaultPlaybook());
                s.variables().forEach((name, value) -> suggestion
                        .addVariables(FilledVariable.newBuilder().setName(name).setValue(value)));
                response.addSuggestions(suggestion);
            });
            return response.build();
        });
    }

    /** The poles the profile shows; "unknown" and poles this build does not know show nothing. */
    private static Set<CustomerPole> buyer(SuggestRequest request) {
        Set<CustomerPole> poles = EnumSet.noneOf(CustomerPole.class);
        for (CustomerTrait trait : request.getCustomer().getTraitsList()) {
            CustomerPole pole = CustomerPole.ofNumber(trait.getPoleValue());
            if (pole != null) {
                poles.add(pole);
            }
        }
        return poles;
    }
}
