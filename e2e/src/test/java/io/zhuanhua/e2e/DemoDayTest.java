package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.common.v1.Role;
import io.zhuanhua.proto.metrics.v1.OrderEvent;

class DemoDayTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void sameDaySameEvents() {
        assertEquals(DemoDay.on(DAY).chatEvents(), DemoDay.on(DAY).chatEvents());
        assertEquals(DemoDay.on(DAY).orderEvents(), DemoDay.on(DAY).orderEvents());
    }

    @Test
    void fortyPreSaleBuyersThreeAgentsAndTheBot() {
        ShopEvents day = DemoDay.on(DAY);
        Set<String> preSaleBuyers = new HashSet<>();
        Set<String> agents = new HashSet<>();
        boolean botReplied = false;
        for (ChatEvent event : day.chatEvents()) {
            var message = event.getMessagePosted();
            if (message.getSenderRole() == Role.ROLE_BUYER && !message.getAfterSale()) {
                preSaleBuyers.add(event.getBuyerId());
            }
            if (message.getSenderRole() == Role.ROLE_AGENT) {
                agents.add(message.getAgentId());
            }
            botReplied |= message.getSenderRole() == Role.ROLE_BOT;
        }
        assertEquals(DemoDay.inquiringBuyers(), preSaleBuyers.size());
        assertEquals(40, preSaleBuyers.size());
        assertEquals(3, agents.size());
        assertTrue(botReplied);
    }

    @Test
    void eventIdsAreUniqueAndOrdersHaveOneCreation() {
        ShopEvents day = DemoDay.on(DAY);
        Set<String> ids = new HashSet<>();
        day.chatEvents().forEach(event -> assertTrue(ids.add(event.getEventId()), event.getEventId()));
        Set<String> created = new HashSet<>();
        for (OrderEvent event : day.orderEvents()) {
            if (event.hasCreated()) {
                assertTrue(created.add(event.getOrderId()), event.getOrderId());
            }
        }
        // 25 orders after an inquiry and 4 silent ones.
        assertEquals(29, created.size());
    }
}
