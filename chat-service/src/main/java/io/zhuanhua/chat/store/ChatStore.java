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

    /**
     * Appends the messages in one statement; an event id the shop already has on the platform is skipped.
     * Rows go in key order, so concurrent appends of the same events cannot deadlock.
     *
     * @param messages at most one per event key
     * @return the keys ({@link #eventKey}) of the messages stored now
     */
    public Set<String> appendMessages(List<NewMessage> messages) {
        List<NewMessage> rows = inKeyOrder(messages,
                r -> eventKey(r.shopId(), r.message().platform().name(), r.message().eventId()));
        int n = rows.size();
        String[][] columns = new String[13][n];
        String traceparent = TraceParent.current();
        Boolean[] afterSale = new Boolean[n];
        for (int i = 0; i < n; i++) {
            NewMessage r = rows.get(i);
            ChatEvent.Message m = r.message();
            String[] values = { r.shopId(), m.platform().name(), m.eventId(), m.threadKey(), m.buyerId(), m.sender().name(),
                    m.agentId(), m.at().toString(), m.text(), m.itemId(), attachmentKinds(m), m.scriptId(), traceparent };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
            afterSale[i] = m.afterSale();
        }
        String[] categories = new String[n];
        String[] risks = new String[n];
        for (int i = 0; i < n; i++) {
            categories[i] = CategoryCodec.encode(rows.get(i).categories());
            risks[i] = RiskCodec.encode(rows.get(i).risks());
        }
        return append("""
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
                RETURNING shop_id, platform, event_id""", columns, afterSale, categories, risks);
    }

    /** Like {@link #appendMessages} for transfers and closes. */
    public Set<String> appendMarks(List<NewMark> marks) {
        List<NewMark> rows = inKeyOrder(marks, r -> eventKey(r.shopId(), r.mark().platform().name(), r.mark().eventId()));
        String[][] columns = new String[8][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ChatEvent.Mark k = rows.get(i).mark();
            String[] values = { rows.get(i).shopId(), k.platform().name(), k.eventId(), k.threadKey(), k.buyerId(),
                    k.kind().name(), k.at().toString(), k.agentId() };
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        return append("""
                INSERT INTO thread_mark (shop_id, platform, event_id, thread_key, buyer_id, kind, at, agent_id)
                SELECT shop_id, platform, event_id, thread_key, buyer_id, kind, at::timestamptz, agent_id
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS r(shop_id, platform, event_id, thread_key, buyer_id, kind, at, agent_id)
                ON CONFLICT (shop_id, platform, event_id) DO NOTHING
                RETURNING shop_id, platform, event_id""", columns);
    }

    /** Sorts by event key, computing each key once rather than on every comparison. */
    private static <T> List<T> inKeyOrder(List<T> rows, Function<T, String> key) {
        record Keyed<T>(String key, T row) {
        }
        List<Keyed<T>> keyed = new ArrayList<>(rows.size());
        rows.forEach(r -> keyed.add(new Keyed<>(key.apply(r), r)));
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::row).toList();
    }

    /** What makes an event unique: its shop, platform and id. */
    public static String eventKey(String shopId, String platform, String eventId) {
        return shopId + '\u001f' + platform + '\u001f' + eventId;
    }

    private Set<String> append(String sql, String[][] textColumns, Object[]... moreColumns) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            for (String[] column : textColumns) {
                s.setArray(p++, c.createArrayOf("text", column));
            }
            for (Object[] column : moreColumns) {
                s.setArray(p++, c.createArrayOf(column instanceof Boolean[] ? "bool" : "text", column));
            }
            Set<String> stored = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.add(eventKey(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("append failed: " + e.getMessage(), e);
        }
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
        return em.createQuery("""
                FROM StoredMessage m WHERE m.shopId = :shop AND m.conversationId = :id ORDER BY m.sentAt, m.id""",
                StoredMessage.class).setParameter("shop", shopId).setParameter("id", conversationId).getResultList();
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
