package io.zhuanhua.chat.store;

import io.zhuanhua.chat.conversation.Platform;

/** A buyer's chat thread with a shop: the unit that is claimed and split into conversations. */
public record ThreadRef(String shopId, Platform platform, String threadKey) implements Comparable<ThreadRef> {

    String lockKey() {
        return shopId + '\u001f' + platform + '\u001f' + threadKey;
    }

    @Override
    public int compareTo(ThreadRef other) {
        return lockKey().compareTo(other.lockKey());
    }
}
