package io.zhuanhua.scripts.playbook;

/**
 * Where a buyer stands on one of DOMAIN.md's seven dimensions; scripts may be written for buyers of a pole. The
 * order is that of the proto enum {@code zhuanhua.common.v1.CustomerPole}, whose number is {@link #number()}.
 */
public enum CustomerPole {
    CLEAR("需求明确"), VAGUE("需求模糊"),
    SELF_DECIDED("自主决策"), SWAYABLE("犹豫不决"),
    PRICE_SENSITIVE("价格敏感"), PRICE_INSENSITIVE("不在意价格"),
    URGENT("着急要"), BROWSING("随便看看"),
    SELF_USE("自用"), GIFT("送礼"),
    HIGH_QUALITY("重品质"), CASUAL("重性价比"),
    RETURNING("老顾客"), DOUBTFUL("有顾虑的新顾客");

    /** Proto numbers 0 and 1 are "unspecified" and "unknown", which no script can ask for. */
    private static final int FIRST_NUMBER = 2;
    private static final CustomerPole[] ALL = values();

    private final String chinese;

    CustomerPole(String chinese) {
        this.chinese = chinese;
    }

    public int number() {
        return ordinal() + FIRST_NUMBER;
    }

    /** The pole of that proto number, or null for unspecified, unknown and numbers this build does not know. */
    public static CustomerPole ofNumber(int number) {
        int index = number - FIRST_NUMBER;
        return index >= 0 && index < ALL.length ? ALL[index] : null;
    }

    /** The dimension, as the index of its pair of poles (0 need clarity .. 6 trust). */
    public int dimension() {
        return ordinal() / 2;
    }

    /** How an agent names such buyers, for reasons: "价格敏感". */
    public String chinese() {
        return chinese;
    }
}
