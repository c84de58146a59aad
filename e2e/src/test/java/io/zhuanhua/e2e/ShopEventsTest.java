package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.common.v1.Role;

class ShopEventsTest {

    @Test
    void shopLocalTimesAreShanghaiTime() {
        ShopEvents story = new ShopEvents();
        assertEquals(Instant.parse("2026-11-23T16:00:00Z").getEpochSecond(), story.at("2026-11-24T00:00").getSeconds());
        assertEquals(Instant.parse("2026-11-24T15:59:30Z").getEpochSecond(),
                story.at("2026-11-24T23:59:30").getSeconds());
    }

    @Test
    void eventIdsAreTheBuyersNumberedSoTheSameStoryGivesTheSameEvents() {
        ShopEvents story = new ShopEvents()
                .buyer("b1", "2026-11-24T10:00", "在吗")
                .agent("b1", "xiaoyu", "2026-11-24T10:00:05", "在的")
                .buyer("b2", "2026-11-24T10:01", "包邮吗")
                .bot("b2", "2026-11-24T10:01:02", "满99包邮");
        assertEquals(java.util.List.of("b1-1", "b1-2", "b2-1", "b2-2"),
                story.chatEvents().stream().map(ChatEvent::getEventId).toList());
        ChatEvent bot = story.chatEvents().get(3);
        assertEquals(Role.ROLE_BOT, bot.getMessagePosted().getSenderRole());
        assertEquals(ShopEvents.BOT, bot.getMessagePosted().getAgentId());
    }

    @Test
    void orderEventsCarryTheBuyerOfThePlacedOrder() {
        ShopEvents story = new ShopEvents().ordered("o1", "b1", "2026-11-24T10:00", 12900).paid("o1", "2026-11-24T10:01");
        assertEquals("b1", story.orderEvents().get(1).getBuyerId());
        assertEquals(12900, story.orderEvents().get(0).getCreated().getAmount().getAmountMinor());
        assertThrows(IllegalArgumentException.class, () -> story.paid("never-placed", "2026-11-24T10:02"));
    }
}
