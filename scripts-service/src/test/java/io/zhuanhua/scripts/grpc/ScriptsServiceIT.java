package io.zhuanhua.scripts.grpc;

import static io.zhuanhua.scripts.grpc.Calls.INTERNAL_KEY;
import static io.zhuanhua.scripts.grpc.Calls.freshShop;
import static io.zhuanhua.scripts.grpc.Calls.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.zhuanhua.devpg.PostgresTestResource;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.CreateReplyScriptRequest;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc;
import io.zhuanhua.proto.scripts.v1.SuggestRequest;
import io.zhuanhua.proto.scripts.v1.SuggestServiceGrpc;
import io.zhuanhua.proto.scripts.v1.Suggestion;

/**
 * The packaged scripts-service (the jar here, the native executable where GraalVM builds one): it starts on
 * PostgreSQL, migrates, stores a shop's script (checked by the compliance word lists) and suggests it before
 * the default playbook, which needs the protobuf classes, the entities and both resource sets in the artifact.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(PostgresTestResource.class)
class ScriptsServiceIT {
    @TestHTTPResource("/")
    URI root;

    @Test
    void readyAndSuggestsTheShopsScriptThenTheDefaultPlaybook() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(root.resolve("/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        ManagedChannel channel = ManagedChannelBuilder.forAddress(root.getHost(), root.getPort()).usePlaintext().build();
        try {
            List<Suggestion> suggestions = ownScriptThenDefaults(channel);
            assertEquals("亲 满99包邮哦", suggestions.get(0).getText());
            assertEquals("default:SHIPPING_FEE:1", suggestions.get(1).getScriptId());
        } finally {
            channel.shutdownNow();
        }
    }

    private static List<Suggestion> ownScriptThenDefaults(ManagedChannel channel) {
        String shop = freshShop();
        ApiKeys.withKey(ReplyScriptServiceGrpc.newBlockingStub(channel), INTERNAL_KEY).createReplyScript(
                CreateReplyScriptRequest.newBuilder().setShopId(shop)
                        .setScript(script(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, "包邮", "亲 满99包邮哦")).build());
        return ApiKeys.withKey(SuggestServiceGrpc.newBlockingStub(channel), INTERNAL_KEY).suggest(SuggestRequest.newBuilder()
                .setShopId(shop).setCategory(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE).setLimit(2).build())
                .getSuggestionsList();
    }
}
