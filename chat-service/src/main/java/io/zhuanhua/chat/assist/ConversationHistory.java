package io.zhuanhua.chat.assist;

import java.util.List;

import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.conversation.Utterance;

/** What the buyer and the shop said so far in the thread's current conversation. */
public interface ConversationHistory {
    /** The messages of the thread's latest conversation if it is still open (not idle), oldest first. */
    List<Utterance> current(String shopId, Platform platform, String threadKey);
}
