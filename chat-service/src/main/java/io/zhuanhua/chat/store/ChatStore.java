package io.zhuanhua.chat.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.compliance.Risk;

/** Persistence of messages, marks and conversations. Callers run inside a transaction. */
@ApplicationScoped
public class ChatStore {
    private final EntityManager em;

    public ChatStore(EntityManager em) {
        this.em = em;
    }

    /** Serialises all writers of one thread until the transaction ends; lock threads in ThreadRef order. */
    public void lock(ThreadRef thread) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                .setParameter("key", thread.lockKey()).getSingleResult();
    }

    /** @return false if the shop already has a message or mark with this event id on this platform */
    public boolean insertMessage(String shopId, ChatEvent.Message m, List<CategoryScore> categories, List<Risk> risks) {
        return em.createNativeQuery("""
                INSERT INTO chat_message (shop_id, platform, event_id, thread_key, buyer_id, sender, agent_id, sent_at,
                                          body, item_id, after_sale, attachment_kinds, categories, risks)
                VALUES (:shop, :platform, :event, :thread, :buyer, :sender, :agent, :at, :body, :item, :afterSale,
                        :attachments, :categories, :risks)
                ON CONFLICT (shop_id, platform, event_id) DO NOTHING""")
                .setParameter("shop", shopId).setParameter("platform", m.platform().name())
                .setParameter("event", m.eventId()).setParameter("thread", m.threadKey())
                .setParameter("buyer", m.buyerId()).setParameter("sender", m.sender().name())
                .setParameter("agent", m.agentId()).setParameter("at", m.at()).setParameter("body", m.text())
                .setParameter("item", m.itemId()).setParameter("afterSale", m.afterSale())
                .setParameter("attachments", m.attachments().stream().map(a -> a.kind().name()).collect(Collectors.joining(" ")))
                .setParameter("categories", CategoryCodec.encode(categories)).setParameter("risks", RiskCodec.encode(risks))
                .executeUpdate() == 1;
    }

    /** @return false if already stored */
    public boolean insertMark(String shopId, ChatEvent.Mark m) {
        return em.createNativeQuery("""
                INSERT INTO thread_mark (shop_id, platform, event_id, thread_key, buyer_id, kind, at, agent_id)
                VALUES (:shop, :platform, :event, :thread, :buyer, :kind, :at, :agent)
                ON CONFLICT (shop_id, platform, event_id) DO NOTHING""")
                .setParameter("shop", shopId).setParameter("platform", m.platform().name())
                .setParameter("event", m.eventId()).setParameter("thread", m.threadKey())
                .setParameter("buyer", m.buyerId()).setParameter("kind", m.kind().name())
                .setParameter("at", m.at()).setParameter("agent", m.agentId())
                .executeUpdate() == 1;
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

    /** The thread's messages sent in [from, to], in time order. */
    public List<StoredMessage> messagesBetween(ThreadRef t, Instant from, Instant to) {
        return em.createQuery("""
                FROM StoredMessage m WHERE m.shopId = :shop AND m.platform = :platform AND m.threadKey = :thread
                AND m.sentAt BETWEEN :from AND :to ORDER BY m.sentAt, m.id""", StoredMessage.class)
                .setParameter("shop", t.shopId()).setParameter("platform", t.platform().name())
                .setParameter("thread", t.threadKey()).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** The thread's marks in [from, to], in time order. */
    public List<StoredMark> marksBetween(ThreadRef t, Instant from, Instant to) {
        return em.createQuery("""
                FROM StoredMark k WHERE k.shopId = :shop AND k.platform = :platform AND k.threadKey = :thread
                AND k.at BETWEEN :from AND :to ORDER BY k.at, k.id""", StoredMark.class)
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

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
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
