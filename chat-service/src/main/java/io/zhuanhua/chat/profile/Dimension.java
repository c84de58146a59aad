package io.zhuanhua.chat.profile;

import java.util.List;

/** The seven customer-type dimensions of DOMAIN.md, each inferred from behaviour, two poles each. */
public enum Dimension {
    /** Names a model, size or colour, or asks for a recommendation. */
    NEED_CLARITY("需求明确度"),
    /** Picks alone, or asks "which is better" repeatedly. */
    DECISION("决策方式"),
    /** Bargains and asks for coupons, or lets price not matter. */
    PRICE("价格敏感度"),
    /** Needs it today, or is looking around. */
    URGENCY("紧迫度"),
    /** Buys for oneself, or as a gift. */
    PURPOSE("购买目的"),
    /** Asks about quality and material, or anything will do. */
    QUALITY_DEMAND("品质要求"),
    /** Has bought before, or doubts authenticity. */
    TRUST("信任度");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** The Chinese name shown to agents. */
    public String label() {
        return label;
    }

    /** The two poles, in DOMAIN.md's order. */
    public List<Pole> poles() {
        return switch (this) {
            case NEED_CLARITY -> List.of(Pole.CLEAR, Pole.VAGUE);
            case DECISION -> List.of(Pole.SELF_DECIDED, Pole.SWAYABLE);
            case PRICE -> List.of(Pole.PRICE_SENSITIVE, Pole.PRICE_INSENSITIVE);
            case URGENCY -> List.of(Pole.URGENT, Pole.BROWSING);
            case PURPOSE -> List.of(Pole.SELF_USE, Pole.GIFT);
            case QUALITY_DEMAND -> List.of(Pole.HIGH_QUALITY, Pole.CASUAL);
            case TRUST -> List.of(Pole.RETURNING, Pole.DOUBTFUL);
        };
    }
}
