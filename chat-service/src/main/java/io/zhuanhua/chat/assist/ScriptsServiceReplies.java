package io.zhuanhua.chat.assist;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestServiceGrpc.SuggestServiceBlockingStub;

/**
 * Suggested replies from scripts-service. An agent is helped by the categories and risks even when
 * scripts-service is slow or down, so a failure here yields no suggestions rather than a failed Assist.
 */
@ApplicationScoped
public class ScriptsServiceReplies implements ReplySource {
    private static final Logger LOG = Logger.getLogger(ScriptsServiceReplies.class);

    private final SuggestServiceBlockingStub scripts;
    private final long deadlineMillis;

    public ScriptsServiceReplies(@GrpcClient("scripts") SuggestServiceBlockingStub scripts, ChatConfig config) {
        this.scripts = config.scriptsApiKey().map(key -> ApiKeys.withKey(scripts, key)).orElse(scripts);
        this.deadlineMillis = config.assist().suggestDeadline().toMillis();
    }

    @Override
    public List<SuggestedReply> suggest(String shopId, Category category, String language, int limit) {
        try {
            return scripts.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS)
                    .suggest(SuggestRequest.newBuilder().setShopId(shopId)
                            .setCategory(QuestionCategory.forNumber(category.number())).setLanguage(language)
                            .setLimit(limit).build())
                    .getSuggestionsList().stream()
                    .map(s -> new SuggestedReply(s.getScriptId(), s.getText(), s.getScore(), s.getReason())).toList();
        } catch (StatusRuntimeException e) {
            LOG.warnf("no suggestions from scripts-service for shop %s: %s", shopId, e.getStatus().getCode());
            return List.of();
        }
    }
}
