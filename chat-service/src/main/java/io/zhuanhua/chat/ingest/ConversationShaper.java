package io.zhuanhua.chat.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.ConversationSplitter;
import io.zhuanhua.chat.conversation.Utterance;
import io.zhuanhua.chat.feed.ConsultationSnapshots;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.chat.store.ChatStore;
import io.zhuanhua.chat.store.ShapingStore;
import io.zhuanhua.chat.store.ShapingStore.Outboxed;
import io.zhuanhua.chat.store.ShapingStore.Queued;
import io.zhuanhua.chat.store.ShapingStore.Window;
import io.zhuanhua.chat.store.StoredConversation;
import io.zhuanhua.chat.store.StoredMark;
import io.zhuanhua.chat.store.StoredMessage;
import io.zhuanhua.chat.store.ThreadRef;

/**
 * Derives conversations from stored messages and marks, many threads per transaction: claims threads with
 * queued events, re-splits the part of each thread they can affect, analyses the changed conversations,
 * queues their snapshots for metrics-service, all in one commit with the claim that took the threads' entries off
 * the shaping queue. Events stored while a batch runs have entries of their own, so their thread is shaped again.
 */
@ApplicationScoped
public class ConversationShaper {
    private final ShapingStore store;
    private final ConversationAnalyst analyst;
    private final ConversationSplitter splitter;
    private final MessageScreening screening;
    private final ChatConfig config;
    private final LineMemo lines;

    public ConversationShaper(ShapingStore store, ConversationAnalyst analyst, MessageScreening screening,
            ChatConfig config, ShapingConfig shaping) {
        this.lines = new LineMemo(shaping.lineMemo());
        this.store = store;
        this.analyst = analyst;
        this.screening = screening;
        this.config = config;
        this.splitter = new ConversationSplitter(config.idleTimeout());
    }

    /** Shapes one batch of at most {@code maxThreads} threads; returns how many threads it shaped. */
    public int shapeBatch(int maxThreads) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Queued> queued = store.claim(maxThreads);
            return queued.isEmpty() ? 0 : shape(queued);
        });
    }

    private int shape(List<Queued> queued) {
        // Everything within the idle timeout of a queued event can change; widened below to whole conversations.
        Map<ThreadRef, Instant[]> spans = new LinkedHashMap<>();
        for (Queued q : queued) {
            Instant[] span = spans.computeIfAbsent(q.thread(), t -> new Instant[] { q.first(), q.last() });
            span[0] = q.first().isBefore(span[0]) ? q.first() : span[0];
            span[1] = q.last().isAfter(span[1]) ? q.last() : span[1];
        }
        spans.values().forEach(span -> {
            span[0] = span[0].minus(config.idleTimeout());
            span[1] = span[1].plus(config.idleTimeout());
        });
        Map<ThreadRef, Map<UUID, StoredConversation>> existing = new HashMap<>();
        for (StoredConversation c : store.conversationsTouching(windows(spans))) {
            ThreadRef thread = thread(c.shopId, c.platform, c.threadKey);
            existing.computeIfAbsent(thread, t -> new HashMap<>()).put(c.id, c);
            Instant[] span = spans.get(thread);
            span[0] = c.startedAt.isBefore(span[0]) ? c.startedAt : span[0];
            span[1] = c.lastMessageAt.isAfter(span[1]) ? c.lastMessageAt : span[1];
        }
        List<Window> windows = windows(spans);
        // Events stored after the claim are shaped too: their own queue entries, not taken off here, bring the
        // thread back in a later round.
        Map<ThreadRef, List<StoredMessage>> messages = new HashMap<>();
        for (StoredMessage m : store.messagesIn(windows)) {
            messages.computeIfAbsent(thread(m.shopId, m.platform, m.threadKey), t -> new ArrayList<>()).add(m);
        }
        Map<ThreadRef, List<StoredMark>> marks = new HashMap<>();
        for (StoredMark k : store.marksIn(windows)) {
            marks.computeIfAbsent(thread(k.shopId, k.platform, k.threadKey), t -> new ArrayList<>()).add(k);
        }
        Changes changes = new Changes();
        for (ThreadRef thread : spans.keySet()) {
            List<StoredMessage> threadMessages = messages.getOrDefault(thread, List.of());
            if (!threadMessages.isEmpty()) { // marks without messages shape nothing yet
                reshape(thread, threadMessages, marks.getOrDefault(thread, List.of()),
                        existing.getOrDefault(thread, Map.of()), changes);
            }
        }
        store.write(changes.inserted, changes.updated, changes.removed, changes.outbox);
        return spans.size();
    }

    /**
     * Re-splits the thread's messages of the window. Conversations keep their ids where they survive;
     * merged-away ones are removed; every conversation whose facts changed goes to the outbox.
     */
    private void reshape(ThreadRef thread, List<StoredMessage> messages, List<StoredMark> marks,
            Map<UUID, StoredConversation> existing, Changes changes) {
        List<Integer> starts = splitter.conversationStarts(messages.stream().map(m -> m.sentAt).toList(),
                marks.stream().filter(k -> k.kind.equals(ChatEvent.MarkKind.CLOSE.name())).map(k -> k.at).toList());
        Set<UUID> kept = new HashSet<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : messages.size();
            List<StoredMessage> segment = messages.subList(starts.get(k), end);
            Instant nextStart = end < messages.size() ? messages.get(end).sentAt : null;
            StoredConversation conversation = survivor(segment, existing, kept, thread);
            kept.add(conversation.id);
            boolean first = k == 0;
            List<ChatEvent.Mark> segmentMarks = marks.stream()
                    .filter(mk -> (first || !mk.at.isBefore(segment.get(0).sentAt))
                            && (nextStart == null || mk.at.isBefore(nextStart)))
                    .map(ConversationShaper::mark).toList();
            List<Utterance> utterances = segment.stream().map(ChatStore::utterance).toList();
            List<LineReading> readings = new ArrayList<>(segment.size());
            for (int i = 0; i < segment.size(); i++) {
                Utterance u = utterances.get(i);
                readings.add(lines.get(segment.get(i).id, () -> analyst.read(u)));
            }
            ConversationInsight insight = analyst.analyse(thread.shopId(), utterances, readings, segmentMarks);
            boolean isNew = conversation.factsVersion == 0;
            // a changed range is a moved message: the same facts may then describe other messages
            boolean changed = conversation.apply(insight.facts(), segment.get(0).id, segment.get(segment.size() - 1).id);
            if (changed || isNew) {
                conversation.factsVersion++;
                conversation.snapshot = ConsultationSnapshots.of(conversation, insight, segment, screening::mask)
                        .toByteArray();
                (isNew ? changes.inserted : changes.updated).add(conversation);
                changes.outbox.add(new Outboxed(conversation.id, conversation.snapshot, traceparent(segment)));
            }
        }
        for (StoredConversation gone : existing.values()) {
            if (!kept.contains(gone.id)) {
                changes.outbox.add(new Outboxed(gone.id,
                        ConsultationSnapshots.removal(gone, gone.factsVersion + 1).toByteArray(), null));
                changes.removed.add(gone.id);
            }
        }
    }

    /** The fact continues the trace of the ingest that stored the conversation's latest traced message. */
    private static String traceparent(List<StoredMessage> segment) {
        StoredMessage latest = null;
        for (StoredMessage m : segment) {
            if (m.traceparent != null && (latest == null || m.receivedAt.compareTo(latest.receivedAt) > 0
                    || m.receivedAt.equals(latest.receivedAt) && m.id > latest.id)) {
                latest = m;
            }
        }
        return latest == null ? null : latest.traceparent;
    }

    /** What one batch writes. */
    private static final class Changes {
        final List<StoredConversation> inserted = new ArrayList<>();
        final List<StoredConversation> updated = new ArrayList<>();
        final List<UUID> removed = new ArrayList<>();
        final List<Outboxed> outbox = new ArrayList<>();
    }

    /**
     * The existing conversation that lives on in this segment (the earliest of those its messages belong to now),
     * or a new one.
     */
    private static StoredConversation survivor(List<StoredMessage> segment, Map<UUID, StoredConversation> existing,
            Set<UUID> kept, ThreadRef thread) {
        return existing.values().stream()
                .filter(c -> !kept.contains(c.id) && segment.stream().anyMatch(c::holds))
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

    private static List<Window> windows(Map<ThreadRef, Instant[]> spans) {
        List<Window> windows = new ArrayList<>(spans.size());
        spans.forEach((thread, span) -> windows.add(new Window(thread, span[0], span[1])));
        return windows;
    }

    private static ThreadRef thread(String shopId, String platform, String threadKey) {
        return new ThreadRef(shopId, io.zhuanhua.chat.conversation.Platform.valueOf(platform), threadKey);
    }

    private static ChatEvent.Mark mark(StoredMark k) {
        return new ChatEvent.Mark(k.eventId, null, k.threadKey, k.buyerId, k.at, ChatEvent.MarkKind.valueOf(k.kind),
                k.agentId);
    }
}
