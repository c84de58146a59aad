package io.zhuanhua.chat.timing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.FirstResponses;
import io.zhuanhua.chat.conversation.Sender;
import io.zhuanhua.chat.conversation.Utterance;

/**
 * How fast one conversation's buyer was answered: first responses of bot and human ({@link FirstResponses}) and
 * every buyer turn ({@link BuyerTurn}), each in calendar and in business time. System messages are ignored.
 *
 * @param botFirstResponse null when the buyer has not written or no bot replied
 * @param humanFirstResponse null when the buyer has not written or no human replied
 * @param turns in time order; empty when the buyer has not written
 */
public record ResponseTimes(Wait botFirstResponse, Wait humanFirstResponse, List<BuyerTurn> turns) {

    public ResponseTimes {
        turns = List.copyOf(turns);
    }

    /**
     * @param messages the conversation's messages, sorted by time
     * @param marks transfers and closes that fall in the conversation
     * @param hours the shop's business hours, {@link BusinessHours#ALWAYS_OPEN} when it has none
     */
    public static ResponseTimes of(List<Utterance> messages, List<ChatEvent.Mark> marks, BusinessHours hours) {
        FirstResponses first = FirstResponses.of(messages, marks);
        Wait bot = first.botRepliedAt() == null ? null
                : Wait.of(first.firstBuyerMessageAt(), first.botRepliedAt(), hours);
        Wait human = first.humanRepliedAt() == null ? null
                : Wait.of(first.humanClockStart(), first.humanRepliedAt(), hours);
        return new ResponseTimes(bot, human, turns(messages, hours));
    }

    private static List<BuyerTurn> turns(List<Utterance> messages, BusinessHours hours) {
        List<BuyerTurn> turns = new ArrayList<>();
        OpenTurn open = null;
        for (Utterance m : messages) {
            if (m.sender() == Sender.BUYER) {
                if (open == null || open.firstReply != null) {
                    if (open != null) {
                        turns.add(open.close(hours));
                    }
                    open = new OpenTurn(m.at());
                }
                open.buyerMessages++;
            } else if (m.sender().replies() && open != null) {
                open.reply(m);
            }
        }
        if (open != null) {
            turns.add(open.close(hours));
        }
        return turns;
    }

    /** A turn still collecting its buyer messages and replies. */
    private static final class OpenTurn {
        final Instant start;
        int buyerMessages;
        Instant firstReply;
        Instant firstBot;
        Instant firstHuman;

        OpenTurn(Instant start) {
            this.start = start;
        }

        void reply(Utterance m) {
            if (firstReply == null) {
                firstReply = m.at();
            }
            if (m.sender() == Sender.BOT && firstBot == null) {
                firstBot = m.at();
            } else if (m.sender() == Sender.AGENT && firstHuman == null) {
                firstHuman = m.at();
            }
        }

        BuyerTurn close(BusinessHours hours) {
            if (firstReply == null) {
                return new BuyerTurn(start, buyerMessages, null, null, null);
            }
            Sender by = firstHuman != null ? Sender.AGENT : Sender.BOT;
            Instant answer = firstHuman != null ? firstHuman : firstBot;
            return new BuyerTurn(start, buyerMessages, Wait.of(start, firstReply, hours), by,
                    Wait.of(start, answer, hours));
        }
    }

    public boolean buyerWrote() {
        return !turns.isEmpty();
    }

    /** The buyer got at least one reply, from a human or the bot. */
    public boolean replied() {
        return turns.stream().anyMatch(BuyerTurn::answered);
    }

    /** Turns nobody answered; DOMAIN.md reports them as a count, never as a time. */
    public int unansweredTurns() {
        return (int) turns.stream().filter(t -> !t.answered()).count();
    }
}
