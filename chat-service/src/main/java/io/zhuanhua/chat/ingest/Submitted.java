package io.zhuanhua.chat.ingest;

import io.zhuanhua.chat.conversation.ChatEvent;

/** An event with the shop it was submitted for. */
public record Submitted(String shopId, ChatEvent event) {
}
