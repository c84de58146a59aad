package io.zhuanhua.chat.assist;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.feed.ConsultationSnapshots;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.ReplyOccasion;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestServiceGrpc.SuggestServiceBlockingStub;

/**
 * Suggested replies from scripts-service, chosen and filled from everything Assist knows of the buyer. An agent
 * is helped by the categories and risks even when scripts-service is slow or down, so a failure here yields no
 * suggestions rather than a failed Assist.
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
    public List<SuggestedReply> suggest(Query q) {
        SuggestRequest.Builder request = SuggestRequest.newBuilder().setShopId(q.shopId())
                .setPlatform(Platform.valueOf("PLATFORM_" + q.platform().name()))
                .setCustomer(ConsultationSnapshots.customer(q.customer())).setBuyerMessage(q.buyerMessage())
                .setItemId(q.itemId()).setBuyerName(q.buyerName()).setLanguage(q.language()).setLimit(q.limit());
        if (q.occasion() == Occasion.OFF_HOURS) {
            request.setOccasion(ReplyOccasion.REPLY_OCCASION_OFF_HOURS);
        } else {
            request.setOccasion(ReplyOccasion.REPLY_OCCASION_ANSWER)
                    .setCategory(QuestionCategory.forNumber(q.category().number()));
        }
        try {
            return scripts.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS).suggest(request.build())
                    .getSuggestionsList().stream()
                    .map(s -> new SuggestedReply(s.getScriptId(), s.getText(), s.getScore(), s.getReason(),
                            s.getDefaultPlaybook()))
                    .toList();
        } catch (StatusRuntimeException e) {
            LOG.warnf("no suggestions from scripts-service for shop %s: %s", q.shopId(), e.getStatus().getCode());
            return List.of();
        }
    }
}
