package io.zhuanhua.chat.conversation;

/** Who wrote a message; names match the proto enum {@code zhuanhua.common.v1.Role} without prefix. */
public enum Sender {
    BUYER, AGENT, BOT, SYSTEM;

    /** Agent and bot messages answer the buyer; system notices never do. */
    public boolean replies() {
        return this == AGENT || this == BOT;
    }
}
