package io.zhuanhua.chat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.chat.conversation.Platform;

/**
 * What the conversation shaper reads and writes, in bulk for many threads at once (one statement per step,
 * not per thread). Callers run inside a transaction.
 */
@ApplicationScoped
public class ShapingStore {
    private final DataSource dataSource;

    public ShapingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many queue entries a claim reads per thread it may take: a busy thread has several. */
    private static final int ENTRIES_PER_THREAD = 4;

    /** Events of one thread waiting for the shaper, sent between {@code first} and {@code last}. */
    public record Queued(ThreadRef thread, Instant first, Instant last) {
    }

    /** A span of one thread. */
    public record Window(ThreadRef thread, Instant from, Instant to) {
    }

    /** How much waits for the shaper. */
    public record Backlog(long events, Duration oldest) {
    }

    /**
     * Claims up to {@code limit} threads with queued events, those waiting longest first, and takes their entries off
     * the queue (the caller's transaction puts them back if it fails). A thread is claimed with a transaction-scoped
     * advisory lock; threads another shaper holds are skipped, so replicas shape side by side.
     */
    public List<Queued> claim(int limit) {
        List<Queued> queued = new ArrayList<>();
        query("""
                WITH oldest AS MATERIALIZED (
                    -- the threads of the oldest entries: a bounded read of the primary key, however long the queue
                    SELECT shop_id, platform, thread_key FROM (
                        SELECT id, shop_id, platform, thread_key FROM shaping_queue ORDER BY id LIMIT ?) e
                    GROUP BY shop_id, platform, thread_key ORDER BY min(id) LIMIT ?),
                claimed AS MATERIALIZED (
                    SELECT * FROM oldest
                    WHERE pg_try_advisory_xact_lock(hashtextextended(shop_id || chr(31) || platform || chr(31) || thread_key, 0)))
                DELETE FROM shaping_queue q USING claimed c
                WHERE q.shop_id = c.shop_id AND q.platform = c.platform AND q.thread_key = c.thread_key
                RETURNING q.shop_id, q.platform, q.thread_key, q.first_at, q.last_at""", s -> {
                    s.setInt(1, limit * ENTRIES_PER_THREAD);
                    s.setInt(2, limit);
                }, r -> {
                    while (r.next()) {
                        queued.add(new Queued(thread(r), instant(r, 4), instant(r, 5)));
                    }
                });
        return queued;
    }

    /** Conversations whose span touches one of the windows. */
    public List<StoredConversation> conversationsTouching(List<Window> windows) {
        List<StoredConversation> found = new ArrayList<>();
        query("SELECT c.id, c.shop_id, c.platform, c.thread_key, c.buyer_id, c.started_at, c.last_message_at, "
                + "c.first_buyer_message_at, c.main_category, c.inquiry, c.agent_ids, c.bot_replied, c.transferred_at, "
                + "c.bot_first_response_ms, c.human_first_response_ms, c.closed, c.message_count, c.facts_version, "
                + "c.snapshot, c.first_message_id, c.last_message_id FROM conversation c JOIN " + WINDOWS + " ON c.shop_id = w.shop_id "
                + "AND c.platform = w.platform AND c.thread_key = w.thread_key AND c.started_at <= w.to_at "
                + "AND c.last_message_at >= w.from_at", s -> windows(s, windows), r -> {
                    while (r.next()) {
                        StoredConversation c = new StoredConversation();
                        c.id = r.getObject(1, UUID.class);
                        c.shopId = r.getString(2);
                        c.platform = r.getString(3);
                        c.threadKey = r.getString(4);
                        c.buyerId = r.getString(5);
                        c.startedAt = instant(r, 6);
                        c.lastMessageAt = instant(r, 7);
                        c.firstBuyerMessageAt = instant(r, 8);
                        c.mainCategory = r.getString(9);
                        c.inquiry = r.getBoolean(10);
                        c.agentIds = r.getString(11);
                        c.botReplied = r.getBoolean(12);
                        c.transferredAt = instant(r, 13);
                        c.botFirstResponseMs = r.getObject(14, Long.class);
                        c.humanFirstResponseMs = r.getObject(15, Long.class);
                        c.closed = r.getBoolean(16);
                        c.messageCount = r.getInt(17);
                        c.factsVersion = r.getLong(18);
                        c.snapshot = r.getBytes(19);
                        c.firstMessageId = r.getLong(20);
                        c.lastMessageId = r.getLong(21);
                        found.add(c);
                    }
                });
        return found;
    }

    /** Messages sent within the windows, in thread and time order. */
    public List<StoredMessage> messagesIn(List<Window> windows) {
        List<StoredMessage> found = new ArrayList<>();
        query("SELECT m.id, m.shop_id, m.platform, m.event_id, m.thread_key, m.buyer_id, m.sender, "
                + "m.agent_id, m.sent_at, m.body, m.item_id, m.after_sale, m.attachment_kinds, m.categories, m.risks, "
                + "m.script_id, m.traceparent, m.received_at FROM chat_message m JOIN " + WINDOWS + " ON m.shop_id = w.shop_id "
                + "AND m.platform = w.platform AND m.thread_key = w.thread_key AND m.sent_at BETWEEN w.from_at AND w.to_at "
                + "ORDER BY m.shop_id, m.platform, m.thread_key, m.sent_at, m.id", s -> windows(s, windows), r -> {
                    while (r.next()) {
                        StoredMessage m = new StoredMessage();
                        m.id = r.getLong(1);
                        m.shopId = r.getString(2);
                        m.platform = r.getString(3);
                        m.eventId = r.getString(4);
                        m.threadKey = r.getString(5);
                        m.buyerId = r.getString(6);
                        m.sender = r.getString(7);
                        m.agentId = r.getString(8);
                        m.sentAt = instant(r, 9);
                        m.body = r.getString(10);
                        m.itemId = r.getString(11);
                        m.afterSale = r.getBoolean(12);
                        m.attachmentKinds = r.getString(13);
                        m.categories = r.getString(14);
                        m.risks = r.getString(15);
                        m.scriptId = r.getString(16);
                        m.traceparent = r.getString(17);
                        m.receivedAt = instant(r, 18);
                        found.add(m);
                    }
                });
        return found;
    }

    /** Marks within the windows, in thread and time order. */
    public List<StoredMark> marksIn(List<Window> windows) {
        List<StoredMark> found = new ArrayList<>();
        query("SELECT k.id, k.shop_id, k.platform, k.event_id, k.thread_key, k.buyer_id, k.kind, k.at, k.agent_id "
                + "FROM thread_mark k JOIN " + WINDOWS + " ON k.shop_id = w.shop_id AND k.platform = w.platform "
                + "AND k.thread_key = w.thread_key AND k.at BETWEEN w.from_at AND w.to_at "
                + "ORDER BY k.shop_id, k.platform, k.thread_key, k.at, k.id", s -> windows(s, windows), r -> {
                    while (r.next()) {
                        StoredMark k = new StoredMark();
                        k.id = r.getLong(1);
                        k.shopId = r.getString(2);
                        k.platform = r.getString(3);
                        k.eventId = r.getString(4);
                        k.threadKey = r.getString(5);
                        k.buyerId = r.getString(6);
                        k.kind = r.getString(7);
                        k.at = instant(r, 8);
                        k.agentId = r.getString(9);
                        found.add(k);
                    }
                });
        return found;
    }

    /** Writes what shaping decided; each list may be empty. */
    public void write(List<StoredConversation> inserted, List<StoredConversation> updated, List<UUID> removed,
            List<Outboxed> outbox) {
        try (Connection c = dataSource.getConnection()) {
            if (!inserted.isEmpty()) {
                batch(c, """
                        INSERT INTO conversation (shop_id, platform, thread_key, buyer_id, started_at, last_message_at,
                            first_buyer_message_at, main_category, inquiry, agent_ids, bot_replied, transferred_at,
                            bot_first_response_ms, human_first_response_ms, closed, message_count, facts_version,
                            snapshot, first_message_id, last_message_id, id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserted);
            }
            if (!updated.isEmpty()) {
                batch(c, """
                        UPDATE conversation SET shop_id = ?, platform = ?, thread_key = ?, buyer_id = ?, started_at = ?,
                            last_message_at = ?, first_buyer_message_at = ?, main_category = ?, inquiry = ?,
                            agent_ids = ?, bot_replied = ?, transferred_at = ?, bot_first_response_ms = ?,
                            human_first_response_ms = ?, closed = ?, message_count = ?, facts_version = ?, snapshot = ?,
                            first_message_id = ?, last_message_id = ?
                        WHERE id = ?""", updated);
            }
            if (!removed.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM conversation WHERE id = ANY(?)")) {
                    s.setArray(1, c.createArrayOf("uuid", removed.toArray()));
                    s.executeUpdate();
                }
            }
            if (!outbox.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO consultation_outbox (conversation_id, payload, traceparent)
                        SELECT conversation_id, payload, traceparent
                        FROM unnest(?::uuid[], ?::bytea[], ?::text[]) WITH ORDINALITY AS o(conversation_id, payload, traceparent, n)
                        ORDER BY n""")) { // in list order: the relay sends by id
                    s.setArray(1, c.createArrayOf("uuid", outbox.stream().map(Outboxed::conversationId).toArray()));
                    s.setArray(2, c.createArrayOf("bytea", outbox.stream().map(Outboxed::payload).toArray(byte[][]::new)));
                    s.setArray(3, c.createArrayOf("text", outbox.stream().map(Outboxed::traceparent).toArray()));
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("shaping write failed: " + e.getMessage(), e);
        }
    }

    /**
     * A consultation snapshot for the outbox.
     *
     * @param traceparent the trace it continues (null if none)
     */
    public record Outboxed(UUID conversationId, byte[] payload, String traceparent) {
    }

    /** Events waiting for the shaper and how long the oldest has waited. */
    public Backlog backlog() {
        Backlog[] result = new Backlog[1];
        query("""
                SELECT coalesce(sum(events), 0), coalesce(extract(epoch FROM now() - min(received_at)) * 1000, 0)
                FROM shaping_queue""", s -> {
        }, r -> {
            r.next();
            result[0] = new Backlog(r.getLong(1), Duration.ofMillis(Math.max(0, (long) r.getDouble(2))));
        });
        return result[0];
    }

    private static final String WINDOWS = "unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) "
            + "AS w(shop_id, platform, thread_key, from_at, to_at)";

    private static void windows(PreparedStatement s, List<Window> windows) throws SQLException {
        int n = windows.size();
        String[] shops = new String[n];
        String[] platforms = new String[n];
        String[] threads = new String[n];
        String[] from = new String[n];
        String[] to = new String[n];
        for (int i = 0; i < n; i++) {
            Window w = windows.get(i);
            shops[i] = w.thread().shopId();
            platforms[i] = w.thread().platform().name();
            threads[i] = w.thread().threadKey();
            from[i] = w.from().toString();
            to[i] = w.to().toString();
        }
        Connection c = s.getConnection();
        s.setArray(1, c.createArrayOf("text", shops));
        s.setArray(2, c.createArrayOf("text", platforms));
        s.setArray(3, c.createArrayOf("text", threads));
        s.setArray(4, c.createArrayOf("text", from));
        s.setArray(5, c.createArrayOf("text", to));
    }

    private static void batch(Connection c, String sql, List<StoredConversation> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (StoredConversation r : rows) {
                s.setString(1, r.shopId);
                s.setString(2, r.platform);
                s.setString(3, r.threadKey);
                s.setString(4, r.buyerId);
                s.setObject(5, timestamp(r.startedAt));
                s.setObject(6, timestamp(r.lastMessageAt));
                s.setObject(7, timestamp(r.firstBuyerMessageAt));
                s.setString(8, r.mainCategory);
                s.setBoolean(9, r.inquiry);
                s.setString(10, r.agentIds);
                s.setBoolean(11, r.botReplied);
                s.setObject(12, timestamp(r.transferredAt));
                s.setObject(13, r.botFirstResponseMs, java.sql.Types.BIGINT);
                s.setObject(14, r.humanFirstResponseMs, java.sql.Types.BIGINT);
                s.setBoolean(15, r.closed);
                s.setInt(16, r.messageCount);
                s.setLong(17, r.factsVersion);
                s.setBytes(18, r.snapshot);
                s.setLong(19, r.firstMessageId);
                s.setLong(20, r.lastMessageId);
                s.setObject(21, r.id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private interface Reader {
        void read(ResultSet r) throws SQLException;
    }

    private void query(String sql, Binder binder, Reader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                reader.read(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("shaping query failed: " + e.getMessage(), e);
        }
    }

    private static ThreadRef thread(ResultSet r) throws SQLException {
        return new ThreadRef(r.getString(1), Platform.valueOf(r.getString(2)), r.getString(3));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** An OffsetDateTime binds as timestamptz, whatever the JVM's zone. */
    private static OffsetDateTime timestamp(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
