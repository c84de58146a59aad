package io.zhuanhua.metrics.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.Party;
import io.zhuanhua.metrics.conversion.ReportRow;
import io.zhuanhua.metrics.inquiry.AgentWait;
import io.zhuanhua.metrics.inquiry.ConversationFacts;
import io.zhuanhua.metrics.inquiry.InquiryOutcome;

/**
 * Agent KPIs of a period: the conversion report's agent rows, with response times and lost inquiries from
 * the same period's inquiries, and the pay each agent's consultation conversion earns.
 *
 * @param agents the bot's row first, then agents by id, as the report's rows
 * @param currency the currency of sales and pay
 */
public record AgentPerformanceReport(List<AgentPerformance> agents, BonusTiers tiers, String currency) {

    public AgentPerformanceReport {
        agents = List.copyOf(agents);
    }

    /**
     * @param byAgent  the conversion report of the period grouped by agent only
     * @param outcomes the period's inquiries
     */
    public static AgentPerformanceReport of(ConversionReport byAgent, List<InquiryOutcome> outcomes, BonusTiers tiers) {
        Map<String, ResponseTimes> first = new HashMap<>();
        Map<String, ResponseTimes> turns = new HashMap<>();
        Map<Party, Long> lost = new HashMap<>();
        for (InquiryOutcome outcome : outcomes) {
            for (ConversationFacts c : outcome.conversations()) {
                c.firstHumanResponse().ifPresent(w -> add(first, w));
                c.agentTurns().forEach(w -> add(turns, w));
            }
            if (outcome.lost()) {
                outcome.responder().ifPresent(p -> lost.merge(p, 1L, Long::sum));
            }
        }
        // Grouped by agent only, the report has one row per party over the whole period.
        List<AgentPerformance> agents = byAgent.rows().stream().map(row -> {
            Party party = row.party();
            return new AgentPerformance(party, row.figures(),
                    party.bot() ? ResponseTimes.NONE : first.getOrDefault(party.agentId(), ResponseTimes.NONE),
                    party.bot() ? ResponseTimes.NONE : turns.getOrDefault(party.agentId(), ResponseTimes.NONE),
                    lost.getOrDefault(party, 0L),
                    party.bot() ? Optional.empty()
                            : tiers.reached(row.figures().orderingBuyers(), row.figures().inquiringBuyers()));
        }).toList();
        return new AgentPerformanceReport(agents, tiers, byAgent.currency());
    }

    private static void add(Map<String, ResponseTimes> times, AgentWait wait) {
        times.put(wait.agentId(), times.getOrDefault(wait.agentId(), ResponseTimes.NONE)
                .plus(wait.calendar(), wait.business()));
    }
}
