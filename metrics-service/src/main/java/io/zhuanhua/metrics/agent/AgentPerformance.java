package io.zhuanhua.metrics.agent;

import java.util.Optional;

import io.zhuanhua.metrics.conversion.ConversionFigures;
import io.zhuanhua.metrics.conversion.Party;

/**
 * One agent's (or the bot's) KPIs over a period.
 *
 * @param figures        the conversion report's figures of the party's row
 * @param firstResponse  the first human responses the agent gave in the period's inquiries' conversations
 * @param turnResponse   the buyer turns the agent answered there
 * @param lostInquiries  lost inquiries the agent served last
 * @param tier           the pay tier reached; empty for the bot and below every tier
 */
public record AgentPerformance(Party party, ConversionFigures figures, ResponseTimes firstResponse,
        ResponseTimes turnResponse, long lostInquiries, Optional<BonusTier> tier) {
}
