package io.zhuanhua.kit.taxonomy;

import java.util.Optional;

/**
 * Evidence, found in one conversation, of why an inquiring buyer may not have ordered. chat-service only
 * collects it; metrics-service decides, for a buyer who did not order, which reason applies. Each signal
 * names the team that can act on it; the meaning of the evidence's detail is given per signal. The order is
 * that of the proto enum {@code zhuanhua.common.v1.LossSignal}, whose number is {@link #number()}; one
 * definition for both services, so the team a reason goes to cannot drift between them.
 */
public enum LossSignal {
    /** A buyer question got no agent or bot reply at all. Detail: the unanswered question's category. */
    NO_REPLY(Team.CUSTOMER_SERVICE),
    /** The first reply, bot or human, came after the threshold. Detail: the wait, ISO-8601 ("PT45S"). */
    SLOW_FIRST_REPLY(Team.CUSTOMER_SERVICE),
    /** The buyer asked for a human and no human wrote afterwards. */
    HUMAN_REQUEST_UNANSWERED(Team.CUSTOMER_SERVICE),
    /** The agent or bot said the item or variant is out of stock, on presale or awaiting restock. Detail: the item id asked about, if the chat shows one. */
    OUT_OF_STOCK(Team.PRODUCT),
    /** The buyer asked for a courier the shop does not offer. Detail: the courier ("顺丰"). */
    COURIER_NOT_OFFERED(Team.LISTING),
    /** Dispatch takes days, as the agent said or the buyer complained. */
    DISPATCH_TOO_SLOW(Team.PRODUCT),
    /** A bargain was refused ("refused") or answered without a concession ("no concession"). */
    BARGAIN_REFUSED(Team.ACTIVITIES),
    /** The buyer objected to the shipping fee. */
    SHIPPING_FEE_OBJECTION(Team.ACTIVITIES),
    /** A size question got no answer naming a size ("unanswered"), or the buyer still doubted after it ("doubt"). */
    SIZE_DOUBT_UNRESOLVED(Team.CUSTOMER_SERVICE),
    /** A quality question worded as a doubt ("质量怎么样 怕起球"). */
    QUALITY_DOUBT(Team.PRODUCT),
    /** An authenticity question worded as a doubt ("会不会是假的"). */
    AUTHENTICITY_DOUBT(Team.PRODUCT),
    /** The buyer says the page promised something else, or the agent admits the page is wrong. */
    PAGE_MISMATCH(Team.LISTING),
    /** The buyer complained about how the agent or bot handled them. */
    HANDLING_COMPLAINT(Team.CUSTOMER_SERVICE),
    /** The buyer only greeted or thanked, got a reply, and never asked anything: a hint of junk traffic. */
    NO_QUESTION(Team.TRAFFIC);

    private static final LossSignal[] ALL = values();

    private final Team team;

    LossSignal(Team team) {
        this.team = team;
    }

    /** The team that can act when this is the reason a buyer was lost. */
    public Team team() {
        return team;
    }

    /** The proto enum number. */
    public int number() {
        return ordinal() + 1;
    }

    /** The signal with that proto number; empty for 0 (unspecified) and numbers this build does not know. */
    public static Optional<LossSignal> ofNumber(int number) {
        return number >= 1 && number <= ALL.length ? Optional.of(ALL[number - 1]) : Optional.empty();
    }
}
