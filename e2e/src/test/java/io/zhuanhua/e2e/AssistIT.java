package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.zhuanhua.proto.chat.v1.AssistRequest;
import io.zhuanhua.proto.chat.v1.AssistResponse;
import io.zhuanhua.proto.chat.v1.Routing;
import io.zhuanhua.proto.chat.v1.SuggestedReply;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.common.v1.RiskFinding;
import io.zhuanhua.proto.common.v1.RiskType;

/** A live buyer message through chat-service, with replies from the real scripts-service process. */
@ExtendWith(SuiteExtension.class)
class AssistIT {

    private static AssistResponse assist(Suite suite, String text) {
        return suite.assist(TestShops.INTEGRATION_KEY).assist(AssistRequest.newBuilder().setShopId(TestShops.SHOP_A)
                .setPlatform(Platform.PLATFORM_TAOBAO).setBuyerId("assist-buyer").setText(text).build());
    }

    @Test
    void aRoutineQuestionGetsTheBotAndPlaybookReplies(Suite suite) {
        AssistResponse r = assist(suite, "亲 这个包邮不");
        assertEquals(QuestionCategory.QUESTION_CATEGORY_SHIPPING_FEE, r.getCategories(0).getCategory());
        assertEquals(Routing.ROUTING_BOT, r.getRouting());
        assertFalse(r.getSuggestionsList().isEmpty(), "scripts-service answers through chat-service: " + r);
        // The shop's own scripts (another test may have added one) rank before the default playbook.
        for (SuggestedReply reply : r.getSuggestionsList()) {
            assertTrue(reply.getReason().contains("SHIPPING_FEE"), reply.toString());
        }
    }

    @Test
    void aRiskyMessageGoesToAHumanWithAnInstruction(Suite suite) {
        AssistResponse r = assist(suite, "我拍不了 你看这个链接 www.tb-order-help.cn 或者加我薇信");
        assertEquals(Routing.ROUTING_HUMAN, r.getRouting());
        assertTrue(r.getRisksList().stream().map(RiskFinding::getType).toList()
                .containsAll(java.util.List.of(RiskType.RISK_TYPE_PHISHING_LINK, RiskType.RISK_TYPE_OFF_PLATFORM_CONTACT)),
                r.toString());
        r.getRisksList().forEach(f -> assertFalse(f.getInstruction().isBlank()));
    }
}
