package io.zhuanhua.chat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zhuanhua.devpg.PostgresServer;

/**
 * V9 moves the shaper's pending work into {@code shaping_queue} and makes chat_message append only: what was pending
 * before is queued, every insert queues its events whoever makes it, and a conversation's messages become the range
 * from its first to its last.
 */
class ShapingQueueMigrationTest {
    private static PostgresServer postgres;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, postgres.user(), postgres.password())
                .locations("classpath:db/migration").target(target).load();
    }

    private static void message(Statement s, String event, String thread, String at, String conversation)
            throws SQLException {
        // conversation_id exists only before V9
        s.execute("INSERT INTO chat_message (shop_id, platform, event_id, thread_key, buyer_id, sender, sent_at"
                + (conversation == null ? "" : ", conversation_id") + ") VALUES ('shop', 'TAOBAO', '" + event + "', '"
                + thread + "', 'b', 'BUYER', '" + at + "'" + (conversation == null ? "" : ", '" + conversation + "'")
                + ") ON CONFLICT DO NOTHING");
    }

    private static List<String> queue(Statement s) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT thread_key, events, to_char(first_at AT TIME ZONE 'UTC', 'HH24:MI'),"
                + " to_char(last_at AT TIME ZONE 'UTC', 'HH24:MI') FROM shaping_queue ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getInt(2) + " " + r.getString(3) + "-" + r.getString(4));
            }
        }
        return rows;
    }

    @Test
    void pendingEventsAreQueuedAndNewOnesQueueThemselves() throws SQLException {
        String url = postgres.createDatabase("chat_migration");
        flyway(url, "8").migrate();
        try (Connection c = postgres.connect(url); Statement s = c.createStatement()) {
            message(s, "shaped", "t1", "2026-11-20T01:00:00Z", "00000000-0000-0000-0000-000000000001");
            message(s, "p1", "t1", "2026-11-20T01:05:00Z", null);
            message(s, "p2", "t1", "2026-11-20T01:07:00Z", null);
            message(s, "p3", "t2", "2026-11-20T02:00:00Z", null);
            s.execute("INSERT INTO thread_mark (shop_id, platform, event_id, thread_key, buyer_id, kind, at) VALUES"
                    + " ('shop', 'TAOBAO', 'close', 't1', 'b', 'CLOSE', '2026-11-20T01:09:00Z')");
            s.execute("INSERT INTO thread_mark (shop_id, platform, event_id, thread_key, buyer_id, kind, at, shaped)"
                    + " VALUES ('shop', 'TAOBAO', 'old', 't2', 'b', 'CLOSE', '2026-11-20T00:00:00Z', true)");
        }
        flyway(url, "latest").migrate();
        try (Connection c = postgres.connect(url); Statement s = c.createStatement()) {
            assertEquals(List.of("t1 3 01:05-01:09", "t2 1 02:00-02:00"), queue(s));
            s.execute("DELETE FROM shaping_queue");
            message(s, "p4", "t3", "2026-11-20T03:00:00Z", null);
            message(s, "p4", "t3", "2026-11-20T03:00:00Z", null); // a duplicate stores nothing and queues nothing
            s.execute("INSERT INTO thread_mark (shop_id, platform, event_id, thread_key, buyer_id, kind, at) VALUES"
                    + " ('shop', 'TAOBAO', 'transfer', 't3', 'b', 'TRANSFER_TO_HUMAN', '2026-11-20T03:01:00Z')");
            assertEquals(List.of("t3 1 03:00-03:00", "t3 1 03:01-03:01"), queue(s));
        }
    }

    @Test
    void aConversationKeepsItsMessagesAsTheRangeFromItsFirstToItsLast() throws SQLException {
        String url = postgres.createDatabase("chat_ranges");
        flyway(url, "8").migrate();
        String a = "00000000-0000-0000-0000-00000000000a";
        String b = "00000000-0000-0000-0000-00000000000b";
        try (Connection c = postgres.connect(url); Statement s = c.createStatement()) {
            for (String id : List.of(a, b)) {
                s.execute("INSERT INTO conversation (id, shop_id, platform, thread_key, buyer_id, started_at,"
                        + " last_message_at, inquiry, bot_replied, closed, message_count, facts_version) VALUES ('" + id
                        + "', 'shop', 'TAOBAO', 't1', 'b', now(), now(), true, false, false, 2, 1)");
            }
            // b's first message shares its instant with a's last: (sent_at, id) order tells them apart
            message(s, "a2", "t1", "2026-11-20T01:05:00Z", a);
            message(s, "a1", "t1", "2026-11-20T01:00:00Z", a);
            message(s, "b1", "t1", "2026-11-20T01:05:00Z", b);
            message(s, "b2", "t1", "2026-11-20T03:00:00Z", b);
        }
        flyway(url, "latest").migrate();
        try (Connection c = postgres.connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT c.id, f.event_id, l.event_id FROM conversation c"
                        + " JOIN chat_message f ON f.id = c.first_message_id"
                        + " JOIN chat_message l ON l.id = c.last_message_id ORDER BY c.id")) {
            List<String> ranges = new ArrayList<>();
            while (r.next()) {
                ranges.add(r.getString(2) + ".." + r.getString(3));
            }
            assertEquals(List.of("a1..a2", "b1..b2"), ranges);
        }
    }
}
