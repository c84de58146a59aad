package io.zhuanhua.metrics.inquiry;

import java.time.Duration;
import java.util.Objects;

/** A wait for a human reply and the agent who ended it, in calendar and in the shop's business time. */
public record AgentWait(String agentId, Duration calendar, Duration business) {

    public AgentWait {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(business, "business");
    }
}
