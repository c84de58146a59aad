package io.zhuanhua.metrics.conversion;

/**
 * The bot's work and how its buyers convert (DOMAIN.md "Bot and human"): conversations the bot replied in,
 * those only it answered and those it handed to a human; inquiries (buyer-days) that only the bot answered
 * and inquiries with a handover, each with the buyers who ordered in the window.
 */
public record BotFigures(long botConversations, long botOnlyConversations, long transferredConversations,
        long botOnlyInquiries, long botOnlyOrderingBuyers, long transferredInquiries,
        long transferredOrderingBuyers) {

    public static final BotFigures ZERO = new BotFigures(0, 0, 0, 0, 0, 0, 0);

    public BotFigures plus(BotFigures o) {
        return new BotFigures(botConversations + o.botConversations, botOnlyConversations + o.botOnlyConversations,
                transferredConversations + o.transferredConversations, botOnlyInquiries + o.botOnlyInquiries,
                botOnlyOrderingBuyers + o.botOnlyOrderingBuyers, transferredInquiries + o.transferredInquiries,
                transferredOrderingBuyers + o.transferredOrderingBuyers);
    }

    /** Handovers / conversations the bot replied in. */
    public double transferRate() {
        return ratio(transferredConversations, botConversations);
    }

    public double botOnlyConversion() {
        return ratio(botOnlyOrderingBuyers, botOnlyInquiries);
    }

    public double transferredConversion() {
        return ratio(transferredOrderingBuyers, transferredInquiries);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
