package io.zhuanhua.chat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.kit.trace.TraceParent;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.compliance.Risk;

/**
 * Persistence of messages, marks and conversations. Callers run inside a transaction. Ingest appends with
 * plain JDBC, one statement per batch: a round trip per event is what kept ingest far below COPY speed.
 */
@ApplicationScoped
public class ChatStore {
    private final EntityManager em;
    private final DataSource dataSource;

    public ChatStore(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** The event keys ({@link #eventKey}) of what {@link #append} stored now. */
    public record Appended(Set<String> messages, Set<String> marks) {
    }

    /**
     * Appends messages and marks in one statement, outside any transaction: the statement is atomic on its own,
     * and one round trip with no transaction manager around it is what ingest needs. An event id the shop already
     * has on the platform is skipped. Rows go in key order, so concurrent appends of the same events cannot
     * deadlock.
     *
     * @param messages at most one per event key
     * @param marks at most one per event key
     */
    public Appended append(List<NewMessage> messages, List<NewMark> marks) {
        if (messages.isEmpty() && marks.isEmpty()) {
            return new Appended(Set.of(), Set.of());
        }
        List<Object[]> columns = new ArrayList<>();
        if (!messages.isEmpty()) {
            messageColumns(messages, columns);
        }
        if (!marks.isEmpty()) {
            markColumns(marks, columns);
        }
        String sql = marks.isEmpty() ? APPEND_MESSAGES : messages.isEmpty() ? APPEND_MARKS : APPEND_BOTH;
        Set<String> storedMessages = new HashSet<>();
        Set<String> storedMarks = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            for (Object[] column : columns) {
                s.setArray(p++, c.createArrayOf(column instanceof Boolean[] ? "bool" : "text", column));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    (r.getBoolean(1) ? storedMarks : storedMessages).add(eventKey(r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("append failed: " + e.getMessage(), e);
        }
        return new Appended(storedMessages, storedMarks);
    }

    private static final String MESSAGES = """
            INSERT INTO chat_message (shop_id, platform, event_id, thread_key, buyer_id, sender, agent_id, sent_at,
                                      body, item_id, attachment_kinds, script_id, traceparent, after_sale,
                                      categories, risks)
            SELECT shop_id, platform, event_id, thread_key, buyer_id, sender, agent_id, sent_at::timestamptz, body,
                   item_id, attachment_kinds, script_id, traceparent, after_sale, categories, risks
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[])
                 AS r(shop_id, platform, event_id, thread_key, buyer_id, sender, agent_id, sent_at, body, item_id,
                      attachment_kinds, script_id, traceparent, after_sale, categories, risks)
            ON CONFLICT (shop_id, platform, event_id) DO NOTHING
            RETURNING shop_id, platform, event_id""";

    private static final String MARKS = """
            INSERT INTO thread_mark (shop_id, platform, event_id, thread_key, buyer_id, kind, at, agent_id)
            SELECT shop_id, platform, event_id, thread_key, buyer_id, kind, at::timestamptz, agent_id
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS r(shop_id, platform, event_id, thread_key, buyer_id, kind, at, agent_id)
            ON CONFLICT (shop_id, platform, event_id) DO NOTHING
            RETURNING shop_id, platform, event_id""";

    // Each insert is a CTE; its returned rows come back tagged: true for a mark. An empty side is left out, since a
    // statement trigger fires even for an insert of no rows.
    private static final String APPEND_MESSAGES = "WITH m AS (" + MESSAGES + ") SELECT false, shop_id, platform, event_id FROM m";
    private static final String APPEND_MARKS = "WITH k AS (" + MARKS + ") SELECT true, shop_id, platform, event_id FROM k";
    private static final String APPEND_BOTH = "WITH m AS (" + MESSAGES + "), k AS (" + MARKS + ") SELECT false, shop_id, "
            + "platform, event_id FROM m UNION ALL SELECT true, shop_id, platform, event_id FROM k";

    private static void messageColumns(List<NewMessage> messages, List<Object[]> out) {
        List<NewMessage> rows = inKeyOrder(messages, NewMessage::key);
        int n = rows.size();
        String[][] columns = new String[13][n];
        String traceparent = TraceParent.current();
        Boolean[] afterSale = new Boolean[n];
        String[] categories = new String[n];
        String[] risks = new String[n];
        for (int i = 0; i < n; i++) {
            NewMessage r = rows.get(i);
            ChatEvent.Message m = r.message();
            String[] values = { r.shopId(), m.platform().name(), m.eventId(), m.threadKey(), m.buyerId(), m.sender().name(),
                    m.agentId(), m.at().toString(), m.text(), m.itemId(), attachmentKinds(m), m.scriptId(), traceparent };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
            afterSale[i] = m.afterSale();
            categories[i] = CategoryCodec.encode(r.categories());
            risks[i] = RiskCodec.encode(r.risks());
        }
        out.addAll(List.of(columns));
        out.add(afterSale);
        out.add(categories);
        out.add(risks);
    }

    private static void markColumns(List<NewMark> marks, List<Object[]> out) {
        List<NewMark> rows = inKeyOrder(marks, NewMark::key);
        String[][] columns = new String[8][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ChatEvent.Mark k = rows.get(i).mark();
            String[] values = { rows.get(i).shopId(), k.platform().name(), k.eventId(), k.threadKey(), k.buyerId(),
                    k.kind().name(), k.at().toString(), k.agentId() };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        out.addAll(List.of(columns));
    }

    private static <T> List<T> inKeyOrder(List<T> rows, Function<T, String> key) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(key));
        return sorted;
    }

    /** What makes an event unique: its shop, platform and id. */
    public static String eventKey(String shopId, String platform, String eventId) {
        return shopId + '\u001f' + platform + '\u001f' + eventId;
    }

    private static String attachmentKinds(ChatEvent.Message m) {
        return m.attachments().stream().map(a -> a.kind().name()).collect(Collectors.joining(" "));
    }

    /** Conversations of the thread whose span touches [from, to]. */
    public List<StoredConversation> conversationsTouching(ThreadRef t, Instant from, Instant to) {
        return em.createQuery("""
                FROM StoredConversation c WHERE c.shopId = :shop AND c.platform = :platform AND c.threadKey = :thread
                AND c.startedAt <= :to AND c.lastMessageAt >= :from""", StoredConversation.class)
                .setParameter("shop", t.shopId()).setParameter("platform", t.platform().name())
                .setParameter("thread", t.threadKey()).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public StoredConversation conversation(String shopId, UUID id) {
        StoredConversation c = em.find(StoredConversation.class, id);
        return c != null && c.shopId.equals(shopId) ? c : null;
    }

    public List<StoredMessage> messagesOf(String shopId, UUID conversationId) {
        // the conversation's range of its thread in (sent_at, id) order, through the thread index
        return em.createQuery("""
                SELECT m FROM StoredMessage m, StoredConversation c WHERE c.id = :id AND c.shopId = :shop
                AND m.shopId = c.shopId AND m.platform = c.platform AND m.threadKey = c.threadKey
                AND m.sentAt BETWEEN c.startedAt AND c.lastMessageAt
                AND (m.sentAt > c.startedAt OR m.id >= c.firstMessageId)
                AND (m.sentAt < c.lastMessageAt OR m.id <= c.lastMessageId)
                ORDER BY m.sentAt, m.id""", StoredMessage.class).setParameter("shop", shopId).setParameter("id", conversationId).getResultList();
    }

    public static Utterance utterance(StoredMessage m) {
        return new Utterance(Sender.valueOf(m.sender), m.agentId, m.sentAt, m.body, categories(m), m.afterSale);
    }

    /** Stored risks, without instructions. */
    public static List<Risk> risks(StoredMessage m) {
        return RiskCodec.decode(m.risks);
    }

    public static List<CategoryScore> categories(StoredMessage m) {
        return CategoryCodec.decode(m.categories);
    }
}
