package io.zhuanhua.chat.store;

import java.util.List;

/** One page of conversations and the token for the next, empty on the last page. */
public record ConversationPage(List<StoredConversation> conversations, String nextPageToken) {
}
