package io.zhuanhua.chat.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.zhuanhua.chat.conversation.ConversationQuery;

/** Read side of conversations; every query is scoped by shop. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConversationReader {
    private final EntityManager em;
    private final ChatStore store;

    public ConversationReader(EntityManager em, ChatStore store) {
        this.em = em;
        this.store = store;
    }

    public Optional<StoredConversation> conversation(String shopId, UUID id) {
        return Optional.ofNullable(store.conversation(shopId, id));
    }

    public List<StoredMessage> messages(String shopId, UUID conversationId) {
        return store.messagesOf(shopId, conversationId);
    }

    public ConversationPage list(ConversationQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM conversation WHERE shop_id = :shop");
        if (!q.buyerId().isEmpty()) {
            sql.append(" AND buyer_id = :buyer");
        }
        if (!q.agentId().isEmpty()) {
            sql.append(" AND :agent = ANY(string_to_array(agent_ids, E'\\n'))");
        }
        if (q.startedFrom() != null) {
            sql.append(" AND started_at >= :from");
        }
        if (q.startedBefore() != null) {
            sql.append(" AND started_at < :before");
        }
        if (q.mainCategory() != null) {
            sql.append(" AND main_category = :category");
        }
        if (q.after() != null) {
            sql.append(" AND (started_at, id) < (:afterAt, :afterId)");
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT :limit");
        Query query = em.createNativeQuery(sql.toString(), StoredConversation.class).setParameter("shop", q.shopId())
                .setParameter("limit", q.pageSize() + 1);
        if (!q.buyerId().isEmpty()) {
            query.setParameter("buyer", q.buyerId());
        }
        if (!q.agentId().isEmpty()) {
            query.setParameter("agent", q.agentId());
        }
        if (q.startedFrom() != null) {
            query.setParameter("from", q.startedFrom());
        }
        if (q.startedBefore() != null) {
            query.setParameter("before", q.startedBefore());
        }
        if (q.mainCategory() != null) {
            query.setParameter("category", q.mainCategory().name());
        }
        if (q.after() != null) {
            query.setParameter("afterAt", q.after().startedAt()).setParameter("afterId", q.after().id());
        }
        @SuppressWarnings("unchecked")
        List<StoredConversation> rows = query.getResultList();
        if (rows.size() <= q.pageSize()) {
            return new ConversationPage(rows, "");
        }
        List<StoredConversation> page = rows.subList(0, q.pageSize());
        StoredConversation last = page.get(page.size() - 1);
        return new ConversationPage(page, new ConversationQuery.Cursor(last.startedAt, last.id).token());
    }
}
