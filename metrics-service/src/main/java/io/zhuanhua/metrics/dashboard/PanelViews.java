package io.zhuanhua.metrics.dashboard;

import java.util.List;

import io.zhuanhua.kit.taxonomy.LossSignal;
import io.zhuanhua.kit.taxonomy.Team;
import io.zhuanhua.metrics.agent.AgentPerformanceReport;
import io.zhuanhua.metrics.agent.BonusTier;
import io.zhuanhua.metrics.conversion.ConversionReport;
import io.zhuanhua.metrics.conversion.ResponseFigures;
import io.zhuanhua.metrics.conversion.WaitBins;
import io.zhuanhua.metrics.conversion.WaitStats;
import io.zhuanhua.metrics.export.ConversationCsv;
import io.zhuanhua.metrics.lost.LostInquirySummary;
import io.zhuanhua.metrics.questions.QuestionShares;

/** The JSON of the panels beyond conversion: plain names and numbers, codes as the proto names them. */
final class PanelViews {
    private PanelViews() {
    }

    /** Lost inquiries of a period by reason, team and last responder. */
    record Lost(long inquiringBuyers, long lostInquiries, double lossRate, List<Count> reasons, List<Count> teams,
            List<Responder> responders) {

        static Lost of(LostInquirySummary s) {
            return new Lost(s.inquiringBuyers(), s.lostInquiries(), s.lossRate(),
                    s.reasons().stream().map(c -> new Count(c.key().map(LossSignal::name).orElse(ConversationCsv.UNKNOWN),
                            c.lostInquiries())).toList(),
                    s.teams().stream().map(c -> new Count(c.key().map(Team::name).orElse(ConversationCsv.UNKNOWN), c.lostInquiries()))
                            .toList(),
                    s.agents().stream().map(a -> new Responder(a.responder().agentId(), a.responder().bot(),
                            a.responder().nobody(), a.lostInquiries())).toList());
        }
    }

    /** How many lost inquiries a reason or team has. */
    record Count(String key, long lostInquiries) {
    }

    /** The lost inquiries a responder served last. */
    record Responder(String agentId, boolean bot, boolean nobody, long lostInquiries) {
    }

    /** The shop's question shares, largest first. */
    record Questions(long inquiries, long askingInquiries, List<Share> categories) {
        static Questions of(QuestionShares shares) {
            return new Questions(shares.inquiries(), shares.askingInquiries(), shares.categories().stream()
                    .map(c -> new Share(c.category().name(), c.inquiries(), c.share(), c.pareto(), c.lostInquiries()))
                    .toList());
        }
    }

    /** One category's share. */
    record Share(String category, long inquiries, double share, boolean pareto, long lostInquiries) {
    }

    /**
     * 人工响应时间分布: the waits of the buyer turns human agents answered, in calendar and in business time, beside
     * the shop's reply rate and the turns nobody answered (a count, never a time).
     */
    record TurnWaits(Waits calendar, Waits business, long unansweredTurns, long messagedBuyers, long repliedBuyers,
            double replyRate) {

        /** @param byAgent the period's conversion report grouped by agent */
        static TurnWaits of(ConversionReport byAgent) {
            ResponseFigures human = byAgent.humanResponses();
            ResponseFigures shop = byAgent.total().response();
            return new TurnWaits(Waits.of(human.turns()), Waits.of(human.turnsBusiness()), shop.unansweredTurns(),
                    shop.messagedBuyers(), shop.repliedBuyers(), shop.replyRate());
        }
    }

    /** A set of waits as {@link WaitStats} computes them, and its histogram in {@link WaitBins}' display bins. */
    record Waits(long count, long averageMillis, long medianMillis, long p90Millis, double shareWithinSixSeconds,
            double shareWithinTenSeconds, List<Bin> bins) {

        static Waits of(WaitStats w) {
            return new Waits(w.count(), w.averageMillis(), w.medianMillis(), w.p90Millis(), w.shareWithinSixSeconds(),
                    w.shareWithinTenSeconds(), WaitBins.of(w).stream()
                            .map(b -> new Bin(b.fromMillis(), b.toMillis() < 0 ? null : b.toMillis(), b.count()))
                            .toList());
        }
    }

    /**
     * The waits from {@code fromMillis} up to {@code toMillis} (exclusive).
     *
     * @param toMillis null for the last bin, which has no upper edge
     */
    record Bin(long fromMillis, Long toMillis, long count) {
    }

    /** The agent table: each party's conversion figures and the pay tier they reach, as GetAgentPerformance. */
    record Agents(String currency, List<Tier> tiers, List<Agent> agents) {
        static Agents of(AgentPerformanceReport report) {
            return new Agents(report.currency(), report.tiers().tiers().stream().map(Tier::of).toList(),
                    report.agents().stream().map(a -> new Agent(a.party().agentId(), a.party().bot(),
                            ConversionView.Figures.of(a.figures()), a.tier().map(Tier::of).orElse(null))).toList());
        }
    }

    /**
     * One party's row, the bot's first.
     *
     * @param tier the tier reached, whose amount is the agent's bonus or deduction; null for the bot and below
     *             every tier
     */
    record Agent(String agentId, boolean bot, ConversionView.Figures figures, Tier tier) {
    }

    /** A pay tier: from this consultation conversion on, the bonus in minor units (negative: a deduction). */
    record Tier(double minConsultationConversion, long amountMinor) {
        static Tier of(BonusTier tier) {
            return new Tier(tier.minConversion().doubleValue(), tier.amountMinor());
        }
    }
}
