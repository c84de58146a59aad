package io.zhuanhua.chat.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.zhuanhua.chat.assist.ConversationHistory;
import io.zhuanhua.chat.config.ChatConfig;
import io.zhuanhua.chat.conversation.Platform;
import io.zhuanhua.chat.conversation.Utterance;

@ApplicationScoped
public class StoredConversationHistory implements ConversationHistory {
    private final ChatStore store;
    private final ChatConfig config;

    public StoredConversationHistory(ChatStore store, ChatConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Utterance> current(String shopId, Platform platform, String threadKey) {
        Instant now = Instant.now();
        ThreadRef thread = new ThreadRef(shopId, platform, threadKey);
        return store.conversationsTouching(thread, now.minus(config.idleTimeout()), now).stream()
                .max(Comparator.comparing((StoredConversation c) -> c.startedAt))
                .map(c -> store.messagesOf(shopId, c.id).stream().map(ChatStore::utterance).toList())
                .orElse(List.of());
    }
}
