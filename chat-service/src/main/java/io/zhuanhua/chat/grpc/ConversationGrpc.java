package io.zhuanhua.chat.grpc;

import java.util.List;
import java.util.UUID;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.chat.conversation.ConversationQuery;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.chat.store.ConversationPage;
import io.zhuanhua.chat.store.ConversationReader;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.NotFoundException;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.chat.v1.ConversationService;
import io.zhuanhua.proto.chat.v1.GetConversationRequest;
import io.zhuanhua.proto.chat.v1.GetConversationResponse;
import io.zhuanhua.proto.chat.v1.ListConversationsRequest;
import io.zhuanhua.proto.chat.v1.ListConversationsResponse;
import io.zhuanhua.proto.common.v1.QuestionCategory;

@GrpcService
public class ConversationGrpc implements ConversationService {
    private final ConversationReader reader;
    private final MessageScreening screening;

    public ConversationGrpc(ConversationReader reader, MessageScreening screening) {
        this.reader = reader;
        this.screening = screening;
    }

    @Override
    @Blocking
    public Uni<GetConversationResponse> getConversation(GetConversationRequest request) {
        return Rpc.call(() -> {
            UUID id = uuid("conversation_id", request.getConversationId());
            return reader.conversation(request.getShopId(), id)
                    .map(c -> GetConversationResponse.newBuilder()
                            .setConversation(ChatProto.toProto(c, reader.messages(request.getShopId(), id), screening)).build())
                    .orElseThrow(() -> new NotFoundException("conversation", request.getConversationId()));
        });
    }

    @Override
    @Blocking
    public Uni<ListConversationsResponse> listConversations(ListConversationsRequest request) {
        return Rpc.call(() -> {
            if (request.getMainCategory() == QuestionCategory.UNRECOGNIZED) {
                throw new InvalidFieldException("main_category", "unknown value");
            }
            ConversationQuery query = new ConversationQuery(request.getShopId(), request.getBuyerId(),
                    request.getAgentId(),
                    request.hasStartedFrom() ? ProtoTime.instant(request.getStartedFrom(), "started_from") : null,
                    request.hasStartedBefore() ? ProtoTime.instant(request.getStartedBefore(), "started_before") : null,
                    ChatProto.category(request.getMainCategory()), request.getPageSize(), request.getPageToken());
            ConversationPage page = reader.list(query);
            ListConversationsResponse.Builder response = ListConversationsResponse.newBuilder()
                    .setNextPageToken(page.nextPageToken());
            page.conversations().forEach(c -> response.addConversations(ChatProto.toProto(c, List.of(), screening)));
            return response.build();
        });
    }

    private static UUID uuid(String field, String value) {
        if (value.isBlank()) {
            throw new InvalidFieldException(field, "required");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "not a conversation id");
        }
    }
}
