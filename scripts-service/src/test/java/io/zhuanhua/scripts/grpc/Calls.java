package io.zhuanhua.scripts.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.function.Executable;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.zhuanhua.proto.common.v1.QuestionCategory;
import io.zhuanhua.proto.scripts.v1.ReplyScript;

/** What the service tests share: keys, fresh shops, scripts to send and status checks. */
final class Calls {
    static final String SHOP_A_KEY = "test-key-shop-a";
    static final String SHOP_B_KEY = "test-key-shop-b";
    /** May act for any shop, so each test can use shops of its own. */
    static final String INTERNAL_KEY = "test-key-internal";

    private Calls() {
    }

    /** A shop no other test writes to. */
    static String freshShop() {
        return "shop-" + UUID.randomUUID();
    }

    static ReplyScript script(QuestionCategory category, String title, String... variants) {
        return ReplyScript.newBuilder().setCategory(category).setTitle(title).addAllVariants(List.of(variants))
                .build();
    }

    static StatusRuntimeException assertStatus(Status.Code code, Executable call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, e.getStatus().getCode(), e.getStatus().toString());
        return e;
    }

    /** INVALID_ARGUMENT whose description starts with the field path. */
    static void assertInvalid(String field, Executable call) {
        StatusRuntimeException e = assertStatus(Status.Code.INVALID_ARGUMENT, call);
        String description = e.getStatus().getDescription();
        assertEquals(field, description.substring(0, Math.max(0, description.indexOf(':'))), description);
    }
}
