package io.zhuanhua.chat.lost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.Platform;

class HandoffFactsTest {
    private final LossEvidenceFinder finder = LossEvidenceFinder.defaults();

    private static ChatEvent.Mark mark(int seconds, ChatEvent.MarkKind kind) {
        return new ChatEvent.Mark("m" + seconds, Platform.TAOBAO, "t1", "b1", ChatScript.T0.plusSeconds(seconds), kind, "a1");
    }

    @Test
    void botOnlyWithoutARequest() {
        HandoffFacts f = finder.handoff(ChatScript.parse("""
                B 0 SHIPPING_FEE | 包邮吗
                R 1 | 亲 全国包邮哦
                B 9 ACK | 好的
                """), List.of(mark(30, ChatEvent.MarkKind.CLOSE)));
        assertEquals(new HandoffFacts(false, null, true, false, null, false), f);
    }

    @Test
    void aRequestTheHumanAnsweredAfterTheTransfer() {
        HandoffFacts f = finder.handoff(ChatScript.parse("""
                B 0 STOCK | 有货吗
                R 1 | 亲 页面可以拍的都有货哦
                B 10 HUMAN_AGENT | 转人工
                R 11 | 正在为您转接人工客服
                A 40 | 亲 您好 我是客服小美
                """), List.of(mark(25, ChatEvent.MarkKind.TRANSFER_TO_HUMAN), mark(20, ChatEvent.MarkKind.TRANSFER_TO_HUMAN)));
        assertEquals(new HandoffFacts(true, ChatScript.T0.plusSeconds(10), false, true, ChatScript.T0.plusSeconds(20), false), f);
    }

    @Test
    void aRequestNoHumanAnswered() {
        HandoffFacts f = finder.handoff(ChatScript.parse("""
                B 0 GREETING,HUMAN_AGENT | 在吗 人工
                R 1 | 亲 人工客服正忙 请稍候
                B 50 GREETING | 有人吗
                """), List.of(mark(2, ChatEvent.MarkKind.TRANSFER_TO_HUMAN)));
        assertEquals(new HandoffFacts(true, ChatScript.T0, true, true, ChatScript.T0.plusSeconds(2), true), f);
    }

    @Test
    void aHumanReplyBeforeTheRequestDoesNotAnswerIt() {
        HandoffFacts f = finder.handoff(ChatScript.parse("""
                B 0 SIZE_FIT | 175穿多大
                A 5 | 亲 建议L码
                B 20 HUMAN_AGENT | 人工客服
                R 21 | 正在为您转接
                """), List.of());
        assertEquals(new HandoffFacts(true, ChatScript.T0.plusSeconds(20), false, false, null, true), f);
    }

    @Test
    void humanOnlyIsNotBotOnly() {
        HandoffFacts f = finder.handoff(ChatScript.parse("""
                B 0 STOCK | 有货吗
                A 3 | 有的亲
                """), List.of());
        assertEquals(new HandoffFacts(false, null, false, false, null, false), f);
    }
}
