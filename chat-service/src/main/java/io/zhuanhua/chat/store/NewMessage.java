package io.zhuanhua.chat.store;

import java.util.List;

import io.zhuanhua.chat.analysis.CategoryScore;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.compliance.Risk;

/**
 * A message to append, with what was read from it on arrival.
 *
 * @param key its {@link ChatStore#eventKey}
 */
public record NewMessage(String key, String shopId, ChatEvent.Message message, List<CategoryScore> categories,
        List<Risk> risks) {
}
