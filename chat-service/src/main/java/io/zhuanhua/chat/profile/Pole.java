package io.zhuanhua.chat.profile;

/**
 * Where a buyer stands on one {@link Dimension}: one of its two poles, or {@link #UNKNOWN} when the
 * conversation gives no decided evidence (none, too weak, or conflicting). UNKNOWN is never a guess.
 */
public enum Pole {
    /** Names the item, size, colour or model. */
    CLEAR(Dimension.NEED_CLARITY),
    /** Asks for a recommendation, does not know what to choose. */
    VAGUE(Dimension.NEED_CLARITY),
    /** Decides alone: "就要这个", "直接拍了". */
    SELF_DECIDED(Dimension.DECISION),
    /** Asks "哪个好" again and again, asks the agent's opinion, hesitates. */
    SWAYABLE(Dimension.DECISION),
    /** Bargains, asks for coupons and promotions, compares prices. */
    PRICE_SENSITIVE(Dimension.PRICE),
    /** Says the price does not matter. */
    PRICE_INSENSITIVE(Dimension.PRICE),
    /** Needs it today or tomorrow, "急用". */
    URGENT(Dimension.URGENCY),
    /** Just looking, no hurry, waits for a sale. */
    BROWSING(Dimension.URGENCY),
    /** For oneself. */
    SELF_USE(Dimension.PURPOSE),
    /** A gift: "送人", "送女朋友", gift box. */
    GIFT(Dimension.PURPOSE),
    /** Asks about quality, material, durability, authenticity; wants the best. */
    HIGH_QUALITY(Dimension.QUALITY_DEMAND),
    /** "能用就行": anything that works. */
    CASUAL(Dimension.QUALITY_DEMAND),
    /** Trusts from experience: prior paid orders, or says so ("老顾客", "回购"). */
    RETURNING(Dimension.TRUST),
    /** Doubts authenticity or the shop ("正品吗", "怕买到假的"). */
    DOUBTFUL(Dimension.TRUST),
    /** No decided evidence on that dimension. */
    UNKNOWN(null);

    private final Dimension dimension;

    Pole(Dimension dimension) {
        this.dimension = dimension;
    }

    /** The dimension of this pole; null for {@link #UNKNOWN}, which every dimension shares. */
    public Dimension dimension() {
        return dimension;
    }

    /** The other pole of the same dimension; UNKNOWN for UNKNOWN. */
    public Pole opposite() {
        if (dimension == null) {
            return UNKNOWN;
        }
        var poles = dimension.poles();
        return poles.get(0) == this ? poles.get(1) : poles.get(0);
    }
}
