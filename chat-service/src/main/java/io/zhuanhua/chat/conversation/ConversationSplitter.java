package io.zhuanhua.chat.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a thread's messages into conversations: a new conversation starts after an idle gap longer than
 * the idle timeout, or after an explicit close. A pure function of the messages and closes, so the same
 * events give the same conversations whatever order they arrived in.
 */
public final class ConversationSplitter {
    private final Duration idleTimeout;

    public ConversationSplitter(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    /**
     * @param messageTimes send times, sorted ascending
     * @param closes close times, any order
     * @return for each conversation, the index of its first message; the first entry is always 0
     */
    public List<Integer> conversationStarts(List<Instant> messageTimes, List<Instant> closes) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < messageTimes.size(); i++) {
            if (i == 0 || startsNew(messageTimes.get(i - 1), messageTimes.get(i), closes)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private boolean startsNew(Instant previous, Instant current, List<Instant> closes) {
        if (Duration.between(previous, current).compareTo(idleTimeout) > 0) {
            return true;
        }
        for (Instant close : closes) {
            // A close at the very time of the previous message ends after it; one at the current message's time still precedes it.
            if (!close.isBefore(previous) && close.isBefore(current)) {
                return true;
            }
        }
        return false;
    }
}
