package io.zhuanhua.compliance;

/**
 * Who wrote a chat message; the same values as the proto enum {@code zhuanhua.common.v1.Role} without its
 * {@code ROLE_} prefix. Which rules apply depends on it (see {@link ComplianceRules#detect}).
 */
public enum Speaker {
    /** The buyer (买家). */
    BUYER,
    /** A human customer-service agent (客服). */
    AGENT,
    /** An automatic reply bot. */
    BOT,
    /** A platform or system notice inside the chat. */
    SYSTEM;

    /** True for the shop's side of the chat: agents and bots. */
    public boolean isShop() {
        return this == AGENT || this == BOT;
    }
}
