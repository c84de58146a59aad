package io.zhuanhua.chat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.zhuanhua.chat.analysis.ClassificationMeter;
import io.zhuanhua.chat.analysis.QuestionClassifier;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.risk.MessageScreening;
import io.zhuanhua.chat.store.ChatStore;
import io.zhuanhua.chat.store.NewMark;
import io.zhuanhua.chat.store.NewMessage;

/**
 * Stores chat events, append only: a batch's messages and marks commit together in one statement, and an event is
 * acknowledged after that commit. Each message is classified and screened on
 * arrival, while its attachments' names are at hand. Conversations are derived afterwards by
 * {@link ConversationShaper}, which this wakes.
 */
@ApplicationScoped
public class ChatIngest {
    private final ChatStore store;
    private final QuestionClassifier classifier;
    private final MessageScreening screening;
    private final ShaperLoop shaper;
    private final ClassificationMeter classifications;

    public ChatIngest(ChatStore store, QuestionClassifier classifier, MessageScreening screening, ShaperLoop shaper,
            ClassificationMeter classifications) {
        this.classifications = classifications;
        this.store = store;
        this.classifier = classifier;
        this.screening = screening;
        this.shaper = shaper;
    }

    /** Events must have passed {@code ChatEventRules}. Returns one outcome per event, in order. */
    public List<Outcome> ingest(List<Submitted> batch) {
        return store(prepare(batch));
    }

    /**
     * Analyses a batch for {@link #store}: classifies and screens its messages and finds the events it repeats
     * itself. Touches no database, so batches can be prepared while another one commits.
     */
    public Prepared prepare(List<Submitted> batch) {
        Outcome[] outcomes = new Outcome[batch.size()];
        String[] keys = new String[batch.size()];
        // The first of several equal events in one batch is the one stored; the others are its duplicates.
        Map<String, Integer> firstMessage = new HashMap<>();
        Map<String, Integer> firstMark = new HashMap<>();
        List<NewMessage> messages = new ArrayList<>(batch.size());
        List<NewMark> marks = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Submitted s = batch.get(i);
            String key = ChatStore.eventKey(s.shopId(), s.event().platform().name(), s.event().eventId());
            keys[i] = key;
            if (s.event() instanceof ChatEvent.Message m) {
                if (firstMessage.putIfAbsent(key, i) == null) {
                    messages.add(new NewMessage(key, s.shopId(), m,
                            m.sender() == Sender.BUYER ? classifier.classify(m.text()) : List.of(), screening.screen(m)));
                } else {
                    outcomes[i] = Outcome.DUPLICATE;
                }
            } else if (firstMark.putIfAbsent(key, i) == null) {
                marks.add(new NewMark(key, s.shopId(), (ChatEvent.Mark) s.event()));
            } else {
                outcomes[i] = Outcome.DUPLICATE;
            }
        }
        return new Prepared(batch, keys, outcomes, messages, marks);
    }

    /** Commits a prepared batch in one statement; returns one outcome per event, in order. */
    public List<Outcome> store(Prepared prepared) {
        List<Submitted> batch = prepared.batch;
        Outcome[] outcomes = prepared.outcomes.clone();
        ChatStore.Appended stored = store.append(prepared.messages, prepared.marks);
        boolean any = false;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                boolean isNew = (batch.get(i).event() instanceof ChatEvent.Message ? stored.messages() : stored.marks())
                        .contains(prepared.keys[i]);
                outcomes[i] = isNew ? Outcome.STORED : Outcome.DUPLICATE;
                any |= isNew;
            }
        }
        // Counted after the commit, and only what was stored: a duplicate is no new classification.
        for (NewMessage m : prepared.messages) {
            if (stored.messages().contains(m.key())) {
                classifications.count(m.categories());
            }
        }
        if (any) {
            shaper.wake();
        }
        return List.of(outcomes);
    }

    /** A batch analysed and ready to store. */
    public static final class Prepared {
        private final List<Submitted> batch;
        /** Each event's {@link ChatStore#eventKey}. */
        private final String[] keys;
        /** Known before storing: the batch's own repeats. */
        private final Outcome[] outcomes;
        private final List<NewMessage> messages;
        private final List<NewMark> marks;

        private Prepared(List<Submitted> batch, String[] keys, Outcome[] outcomes, List<NewMessage> messages,
                List<NewMark> marks) {
            this.batch = batch;
            this.keys = keys;
            this.outcomes = outcomes;
            this.messages = messages;
            this.marks = marks;
        }
    }
}
