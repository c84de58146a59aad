package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.log.LogSafe;

class LogSafeTest {
    private static final String CHECK_FAILURE = "ERROR: new row for relation \"message\" violates check constraint"
            + " \"message_text_check\"\n  Detail: Failing row contains (7, shop-a, 送到北京市朝阳区建国路88号 电话13812345678).";

    @Test
    void constraintMessageKeepsTheConstraintButNotTheRow() {
        String safe = LogSafe.text(CHECK_FAILURE);
        assertTrue(safe.contains("violates check constraint \"message_text_check\""), safe);
        assertFalse(safe.contains("13812345678"), safe);
        assertFalse(safe.contains("建国路"), safe);
    }

    @Test
    void duplicateKeyValuesAreCut() {
        String safe = LogSafe.text("duplicate key value violates unique constraint \"u\" Key (shop_id, buyer_id)=(shop-a, 张三)");
        assertEquals("duplicate key value violates unique constraint \"u\" Key (shop_id, buyer_id)=(<redacted>)", safe);
    }

    @Test
    void phoneNumbersAndMailAnywhereAreMasked() {
        String safe = LogSafe.text("buyer said call 138-1234-5678 or +86 10 6552 9988, mail li.lei@example.com");
        assertFalse(safe.contains("5678"), safe);
        assertFalse(safe.contains("9988"), safe);
        assertFalse(safe.contains("li.lei"), safe);
        assertEquals("order 12345 at 2026-11-26T08:00:00Z", LogSafe.text("order 12345 at 2026-11-26T08:00:00Z"));
    }

    @Test
    void failureCopyKeepsClassesAndFramesWithRedactedMessages() {
        SQLException sql = new SQLException(CHECK_FAILURE, "23514");
        RuntimeException failure = new RuntimeException("could not execute statement", sql);
        Throwable safe = LogSafe.failure(failure);
        StringWriter printed = new StringWriter();
        safe.printStackTrace(new PrintWriter(printed));
        String text = printed.toString();
        assertTrue(text.startsWith("java.lang.RuntimeException: could not execute statement"), text);
        assertTrue(text.contains("Caused by: java.sql.SQLException: ERROR: new row"), text);
        assertTrue(text.contains("LogSafeTest.failureCopyKeepsClassesAndFramesWithRedactedMessages"), text);
        assertFalse(text.contains("13812345678"), text);
    }
}
