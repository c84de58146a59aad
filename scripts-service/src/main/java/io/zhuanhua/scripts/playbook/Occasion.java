package io.zhuanhua.scripts.playbook;

/** When a script is sent; the order is that of the proto enum ReplyOccasion, whose number is {@link #number()}. */
public enum Occasion {
    /** Answers a buyer's question of the script's category. */
    ANSWER,
    /** Automatic reply while the shop is closed; no category. */
    OFF_HOURS,
    /** Reminder for an order created but not paid; no category. */
    UNPAID_ORDER;

    private static final Occasion[] ALL = values();

    public int number() {
        return ordinal() + 1;
    }

    /** 0 (unset) is ANSWER; null for a number this build does not know. */
    public static Occasion ofNumber(int number) {
        if (number == 0) {
            return ANSWER;
        }
        return number >= 1 && number <= ALL.length ? ALL[number - 1] : null;
    }
}
