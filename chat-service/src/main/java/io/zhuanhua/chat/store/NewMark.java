package io.zhuanhua.chat.store;

import io.zhuanhua.chat.conversation.ChatEvent;

/**
 * A transfer or close to append, with the shop it was submitted for.
 *
 * @param key its {@link ChatStore#eventKey}
 */
public record NewMark(String key, String shopId, ChatEvent.Mark mark) {
}
