package io.zhuanhua.chat.timing;

import java.time.Instant;

import io.zhuanhua.chat.conversation.Sender;

/**
 * One buyer turn: the buyer's messages from the first one after a reply (or the conversation's start) up to the
 * next reply, with every reply that follows before the buyer writes again.
 *
 * @param start the turn's first buyer message
 * @param buyerMessages buyer messages in the turn (a buyer who writes twice before a reply still has one turn)
 * @param firstReply the wait until the next reply of either kind, the per-turn response time of DOMAIN.md
 *        (平均响应时间); null when unanswered
 * @param answeredBy {@link Sender#AGENT} when a human replied in the turn, {@link Sender#BOT} when only the bot did,
 *        null when nobody did
 * @param response the wait from {@code start} until the answerer's first reply in the turn (so a bot's instant
 *        "please wait" does not hide a slow human); null when unanswered
 */
public record BuyerTurn(Instant start, int buyerMessages, Wait firstReply, Sender answeredBy, Wait response) {

    public boolean answered() {
        return answeredBy != null;
    }
}
