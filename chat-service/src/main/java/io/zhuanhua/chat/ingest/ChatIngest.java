package io.zhuanhua.chat.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.analysis.ClassificationMeter;
import io.zhuanhua.chat.analysis.QuestionClassifier;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.ConversationSplitter;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.feed.ConsultationOutbox;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.chat.store.ChatStore;
import io.zhuanhua.chat.store.StoredConversation;
import io.zhuanhua.chat.store.StoredMark;
import io.zhuanhua.chat.store.StoredMessage;
import io.zhuanhua.chat.store.ThreadRef;

/**
 * Stores chat events and keeps conversations and their facts up to date, in one transaction per batch:
 * the messages, the reshaped conversations and the outbox rows for metrics-service commit together or not
 * at all.
 */
@ApplicationScoped
public class ChatIngest {
    private final ChatStore store;
    private final QuestionClassifier classifier;
    private final ConsultationOutbox outbox;
    private final ConversationSplitter splitter;
    private final MessageScreening screening;
    private final ConversationAnalyst analyst;
    private final ChatConfig config;
    private final ClassificationMeter classifications;

    public ChatIngest(ChatStore store, QuestionClassifier classifier, MessageScreening screening,
            ConsultationOutbox outbox, ConversationAnalyst analyst, ChatConfig config,
            ClassificationMeter classifications) {
        this.store = store;
        this.analyst = analyst;
        this.classifier = classifier;
        this.screening = screening;
        this.outbox = outbox;
        this.config = config;
        this.classifications = classifications;
        this.splitter = new ConversationSplitter(config.idleTimeout());
    }

    /** Events must have passed {@code ChatEventRules}. Returns one outcome per event, in order. */
    @Transactional
    public List<Outcome> ingest(List<Submitted> batch) {
        Map<ThreadRef, List<Instant>> changed = new TreeMap<>();
        for (Submitted s : batch) {
            changed.put(thread(s), new ArrayList<>());
        }
        // Lock every thread first, in one global order, so concurrent batches never deadlock.
        changed.keySet().forEach(store::lock);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (Submitted s : batch) {
            boolean stored = s.event() instanceof ChatEvent.Message m
                    ? storeMessage(s.shopId(), m)
                    : store.insertMark(s.shopId(), (ChatEvent.Mark) s.event());
            outcomes.add(stored ? Outcome.STORED : Outcome.DUPLICATE);
            if (stored) {
                changed.get(thread(s)).add(s.event().at());
            }
        }
        changed.forEach((thread, times) -> {
            if (!times.isEmpty()) {
                reshape(thread, times);
            }
        });
        return outcomes;
    }

    private boolean storeMessage(String shopId, ChatEvent.Message m) {
        List<CategoryScore> categories = m.sender() == Sender.BUYER ? classifier.classify(m.text()) : List.of();
        boolean stored = store.insertMessage(shopId, m, categories, screening.screen(m));
        if (stored) {
            classifications.count(categories);
        }
        return stored;
    }

    private static ThreadRef thread(Submitted s) {
        return new ThreadRef(s.shopId(), s.event().platform(), s.event().threadKey());
    }

    /**
     * Re-splits the part of the thread that new events can affect: everything within the idle timeout of
     * them, widened to whole conversations. Conversations keep their ids where they survive; merged-away
     * ones are removed; every conversation whose facts changed goes to the outbox.
     */
    private void reshape(ThreadRef thread, List<Instant> times) {
        Instant from = times.stream().min(Instant::compareTo).orElseThrow().minus(config.idleTimeout());
        Instant to = times.stream().max(Instant::compareTo).orElseThrow().plus(config.idleTimeout());
        Map<UUID, StoredConversation> existing = new HashMap<>();
        for (StoredConversation c : store.conversationsTouching(thread, from, to)) {
            existing.put(c.id, c);
            from = c.startedAt.isBefore(from) ? c.startedAt : from;
            to = c.lastMessageAt.isAfter(to) ? c.lastMessageAt : to;
        }
        List<StoredMessage> messages = store.messagesBetween(thread, from, to);
        if (messages.isEmpty()) {
            return; // marks without messages shape nothing yet
        }
        List<StoredMark> marks = store.marksBetween(thread, from, to);
        List<Integer> starts = splitter.conversationStarts(messages.stream().map(m -> m.sentAt).toList(),
                marks.stream().filter(k -> k.kind.equals(ChatEvent.MarkKind.CLOSE.name())).map(k -> k.at).toList());
        Set<UUID> kept = new HashSet<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : messages.size();
            List<StoredMessage> segment = messages.subList(starts.get(k), end);
            Instant nextStart = end < messages.size() ? messages.get(end).sentAt : null;
            StoredConversation conversation = survivor(segment, existing, kept, thread);
            kept.add(conversation.id);
            boolean moved = false;
            for (StoredMessage m : segment) {
                if (!conversation.id.equals(m.conversationId)) {
                    m.conversationId = conversation.id;
                    moved = true;
                }
            }
            boolean first = k == 0;
            List<ChatEvent.Mark> segmentMarks = marks.stream()
                    .filter(mk -> (first || !mk.at.isBefore(segment.get(0).sentAt))
                            && (nextStart == null || mk.at.isBefore(nextStart)))
                    .map(ChatIngest::mark).toList();
            ConversationInsight insight = analyst.analyse(thread.shopId(),
                    segment.stream().map(ChatStore::utterance).toList(), segmentMarks);
            boolean isNew = conversation.factsVersion == 0;
            boolean changed = conversation.apply(insight.facts());
            if (changed || moved || isNew) {
                conversation.factsVersion++;
                if (isNew) {
                    store.persist(conversation);
                }
                outbox.publish(conversation, insight);
            }
        }
        for (StoredConversation gone : existing.values()) {
            if (!kept.contains(gone.id)) {
                outbox.publishRemoval(gone, gone.factsVersion + 1);
                store.remove(gone);
            }
        }
    }

    /** The existing conversation that lives on in this segment (the earliest one), or a new one. */
    private static StoredConversation survivor(List<StoredMessage> segment, Map<UUID, StoredConversation> existing,
            Set<UUID> kept, ThreadRef thread) {
        return segment.stream().map(m -> m.conversationId).distinct()
                .filter(id -> id != null && existing.containsKey(id) && !kept.contains(id)).map(existing::get)
                .min(Comparator.comparing((StoredConversation c) -> c.startedAt).thenComparing(c -> c.id))
                .orElseGet(() -> {
                    StoredConversation c = new StoredConversation();
                    c.id = UUID.randomUUID();
                    c.shopId = thread.shopId();
                    c.platform = thread.platform().name();
                    c.threadKey = thread.threadKey();
                    c.buyerId = segment.get(0).buyerId;
                    return c;
                });
    }

    private static ChatEvent.Mark mark(StoredMark k) {
        return new ChatEvent.Mark(k.eventId, null, k.threadKey, k.buyerId, k.at, ChatEvent.MarkKind.valueOf(k.kind),
                k.agentId);
    }
}
