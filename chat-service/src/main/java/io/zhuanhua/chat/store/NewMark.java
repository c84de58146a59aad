package io.zhuanhua.chat.store;

import io.zhuanhua.chat.conversation.ChatEvent;

/** A transfer or close to append, with the shop it was submitted for. */
public record NewMark(String shopId, ChatEvent.Mark mark) {
}
