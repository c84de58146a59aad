package io.zhuanhua.chat.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.chat.assist.Assistant;
import io.zhuanhua.chat.assist.RoutingPolicy;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.feed.ConsultationSnapshots;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.compliance.Risk;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.chat.v1.AssistRequest;
import io.zhuanhua.proto.chat.v1.AssistResponse;
import io.zhuanhua.proto.chat.v1.AssistService;
import io.zhuanhua.proto.chat.v1.CheckDraftRequest;
import io.zhuanhua.proto.chat.v1.CheckDraftResponse;
import io.zhuanhua.proto.chat.v1.Routing;
import io.zhuanhua.proto.chat.v1.SuggestedReply;

@GrpcService
public class AssistGrpc implements AssistService {
    private final Assistant assistant;
    private final MessageScreening screening;

    public AssistGrpc(Assistant assistant, MessageScreening screening) {
        this.assistant = assistant;
        this.screening = screening;
    }

    @Override
    @Blocking
    public Uni<AssistResponse> assist(AssistRequest request) {
        return Rpc.call(() -> {
            Assistant.Help help = assistant.assist(new Assistant.LiveMessage(request.getShopId(),
                    ChatProto.platform(request.getPlatform()), request.getBuyerId(), request.getBuyerName(),
                    request.getConversationKey(), request.getText(), ChatProto.attachments(request.getAttachmentsList()),
                    request.getItemId()), request.getLanguage(), request.getMaxSuggestions());
            AssistResponse.Builder response = AssistResponse.newBuilder()
                    .addAllCategories(ChatProto.categories(help.categories()))
                    .setRouting(help.routing().route() == RoutingPolicy.Route.BOT ? Routing.ROUTING_BOT
                            : Routing.ROUTING_HUMAN)
                    .setRoutingReason(help.routing().reason())
                    .setCustomer(ConsultationSnapshots.customer(help.customer()));
            for (Risk r : help.risks()) {
                response.addRisks(ChatProto.risk(r, screening.instruction(r.type(), Sender.BUYER)));
            }
            help.suggestions().forEach(s -> response.addSuggestions(SuggestedReply.newBuilder()
                    .setScriptId(s.scriptId()).setText(s.text()).setScore(s.score()).setReason(s.reason())
                    .setDefaultPlaybook(s.defaultPlaybook())));
            return response.build();
        });
    }

    @Override
    @Blocking
    public Uni<CheckDraftResponse> checkDraft(CheckDraftRequest request) {
        return Rpc.call(() -> {
            CheckDraftResponse.Builder response = CheckDraftResponse.newBuilder();
            for (Risk r : assistant.checkDraft(ChatProto.platform(request.getPlatform()), request.getText())) {
                response.addRisks(ChatProto.risk(r, screening.instruction(r.type(), Sender.AGENT)));
            }
            return response.setOk(response.getRisksCount() == 0).build();
        });
    }
}
