package io.zhuanhua.chat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.kit.taxonomy.Category;
import io.zhuanhua.chat.analysis.CategoryScore;

class ConversationFactsTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    private static Instant sec(int s) {
        return T0.plusSeconds(s);
    }

    private static Utterance buyer(int s, Category... categories) {
        return new Utterance(Sender.BUYER, "", sec(s), "",
                java.util.Arrays.stream(categories).map(c -> new CategoryScore(c, 0.9)).toList(), false);
    }

    private static Utterance agent(int s, String id) {
        return new Utterance(Sender.AGENT, id, sec(s), "", List.of(), false);
    }

    private static Utterance bot(int s) {
        return new Utterance(Sender.BOT, "xiaomi", sec(s), "", List.of(), false);
    }

    @Test
    void theFirstRealQuestionDecidesTheMainCategory() {
        ConversationFacts f = ConversationFacts.of(List.of(buyer(0, Category.GREETING), agent(4, "a1"),
                buyer(10, Category.SHIPPING_FEE), buyer(20, Category.SIZE_FIT)), List.of());
        assertEquals(Category.SHIPPING_FEE, f.mainCategory());
        assertTrue(f.inquiry());
        assertEquals(Duration.ofSeconds(4), f.humanFirstResponse());
        assertEquals(List.of("a1"), f.agentIds());
    }

    @Test
    void onlyGreetingsAndThanksIsStillAnInquiry() {
        ConversationFacts f = ConversationFacts.of(List.of(buyer(0, Category.GREETING), buyer(5, Category.ACK)), List.of());
        assertEquals(Category.GREETING, f.mainCategory());
        assertTrue(f.inquiry());
        assertNull(f.humanFirstResponse());
    }

    @Test
    void anAfterSaleMainCategoryOrMarkIsNoInquiry() {
        assertFalse(ConversationFacts.of(List.of(buyer(0, Category.GREETING), buyer(3, Category.LOGISTICS),
                buyer(9, Category.SIZE_FIT)), List.of()).inquiry());
        Utterance marked = new Utterance(Sender.BUYER, "", sec(0), "", List.of(new CategoryScore(Category.SIZE_FIT, 1)), true);
        assertFalse(ConversationFacts.of(List.of(marked), List.of()).inquiry());
    }

    @Test
    void aConversationTheBuyerNeverWroteInIsNoInquiry() {
        ConversationFacts f = ConversationFacts.of(List.of(agent(0, "a1")), List.of());
        assertFalse(f.inquiry());
        assertNull(f.firstBuyerMessageAt());
        assertNull(f.mainCategory());
    }

    @Test
    void humanFirstResponseRunsFromTheTransferWhenTheBotAnsweredFirst() {
        ChatEvent.Mark transfer = new ChatEvent.Mark("t1", Platform.TAOBAO, "b1", "b1", sec(30),
                ChatEvent.MarkKind.TRANSFER_TO_HUMAN, "a2");
        ConversationFacts f = ConversationFacts.of(List.of(buyer(0, Category.STOCK), bot(2), buyer(20, Category.HUMAN_AGENT),
                agent(45, "a2")), List.of(transfer));
        assertEquals(Duration.ofSeconds(2), f.botFirstResponse());
        assertEquals(Duration.ofSeconds(15), f.humanFirstResponse());
        assertEquals(sec(30), f.transferredAt());
        assertTrue(f.botReplied());
    }

    @Test
    void botRepliesNeverCountAsHumanReplies() {
        ConversationFacts f = ConversationFacts.of(List.of(buyer(0, Category.STOCK), bot(1), bot(8)), List.of());
        assertNull(f.humanFirstResponse());
        assertEquals(List.of(), f.agentIds());
        assertEquals(2, f.replies().size());
    }
}
