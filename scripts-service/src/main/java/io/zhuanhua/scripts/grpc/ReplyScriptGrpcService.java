package io.zhuanhua.scripts.grpc;

import java.util.Optional;
import java.util.UUID;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.grpc.ProtoTime;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptResponse;
import io.zhuanhua.proto.scripts.v1.DeleteReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.DeleteReplyScriptResponse;
import io.zhuanhua.proto.scripts.v1.GetReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.GetReplyScriptResponse;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptChangesRequest;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptChangesResponse;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptsRequest;
import io.zhuanhua.proto.scripts.v1.ListReplyScriptsResponse;
import io.zhuanhua.proto.scripts.v1.ReplyScriptChange;
import io.zhuanhua.proto.scripts.v1.ReplyScriptService;
import io.zhuanhua.proto.scripts.v1.ScriptChangeAction;
import io.zhuanhua.proto.scripts.v1.UpdateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.UpdateReplyScriptResponse;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.scripts.playbook.ReplyScripts;
import io.zhuanhua.scripts.playbook.ScriptContent;
import io.zhuanhua.scripts.playbook.ScriptIds;
import io.zhuanhua.scripts.playbook.ScriptPage;

@GrpcService
public class ReplyScriptGrpcService implements ReplyScriptService {
    private final ReplyScripts scripts;

    public ReplyScriptGrpcService(ReplyScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    @Blocking
    public Uni<CreateReplyScriptResponse> createReplyScript(CreateReplyScriptRequest request) {
        return Rpc.call(() -> {
            ScriptContent content = ProtoMapping.content(request.hasScript(), request.getScript());
            return CreateReplyScriptResponse.newBuilder()
                    .setScript(ProtoMapping.toProto(scripts.create(request.getShopId(), content))).build();
        });
    }

    @Override
    @Blocking
    public Uni<UpdateReplyScriptResponse> updateReplyScript(UpdateReplyScriptRequest request) {
        return Rpc.call(() -> {
            ScriptContent content = ProtoMapping.content(request.hasScript(), request.getScript());
            UUID id = ScriptIds.parse("script.script_id", request.getScript().getScriptId());
            return UpdateReplyScriptResponse.newBuilder().setScript(ProtoMapping.toProto(
                    scripts.update(request.getShopId(), id, content, request.getExpectedVersion()))).build();
        });
    }

    @Override
    @Blocking
    public Uni<DeleteReplyScriptResponse> deleteReplyScript(DeleteReplyScriptRequest request) {
        return Rpc.call(() -> {
            scripts.delete(request.getShopId(), ScriptIds.parse("script_id", request.getScriptId()));
            return DeleteReplyScriptResponse.getDefaultInstance();
        });
    }

    @Override
    @Blocking
    public Uni<GetReplyScriptResponse> getReplyScript(GetReplyScriptRequest request) {
        return Rpc.call(() -> GetReplyScriptResponse.newBuilder().setScript(ProtoMapping.toProto(
                scripts.get(request.getShopId(), ScriptIds.parse("script_id", request.getScriptId())))).build());
    }

    @Override
    @Blocking
    public Uni<ListReplyScriptsResponse> listReplyScripts(ListReplyScriptsRequest request) {
        return Rpc.call(() -> {
            Optional<Category> filter = ProtoMapping.category("category", request.getCategoryValue());
            ScriptPage page = scripts.list(request.getShopId(), filter, request.getPageSize(), request.getPageToken());
            ListReplyScriptsResponse.Builder response = ListReplyScriptsResponse.newBuilder();
            page.scripts().forEach(script -> response.addScripts(ProtoMapping.toProto(script)));
            page.next().ifPresent(token -> response.setNextPageToken(token.encode()));
            return response.build();
        });
    }

    @Override
    @Blocking
    public Uni<ListReplyScriptChangesResponse> listReplyScriptChanges(ListReplyScriptChangesRequest request) {
        return Rpc.call(() -> {
            Optional<UUID> script = request.getScriptId().isEmpty() ? Optional.empty()
                    : Optional.of(ScriptIds.parse("script_id", request.getScriptId()));
            ReplyScripts.ChangePage page = scripts.changes(request.getShopId(), script, request.getPageSize(),
                    request.getPageToken());
            ListReplyScriptChangesResponse.Builder response = ListReplyScriptChangesResponse.newBuilder();
            page.changes().forEach(c -> response.addChanges(ReplyScriptChange.newBuilder().setChangeId(c.id)
                    .setScriptId(c.scriptId.toString())
                    .setAction(ScriptChangeAction.valueOf("SCRIPT_CHANGE_ACTION_" + c.action.name()))
                    .setCaller(c.caller == null ? "" : c.caller).setChangeTime(ProtoTime.timestamp(c.at))
                    .setVersion(c.version).setTitle(c.title())));
            page.nextToken().ifPresent(response::setNextPageToken);
            return response.build();
        });
    }
}
