package io.zhuanhua.chat.analysis;

/**
 * What a buyer asks about: the 33 codes of DOMAIN.md, in the order of the proto enum
 * {@code zhuanhua.common.v1.QuestionCategory} (value = ordinal + 1).
 */
public enum Category {
    SIZE_FIT, SUITABILITY, SPECS, USAGE, QUALITY, AUTHENTICITY, PRICE, BARGAIN, PROMOTION, SHIPPING_FEE,
    DISPATCH_TIME, COURIER, STOCK, COLOR_DIFF, PRICE_COMPARE, SHELF_LIFE, COMFORT, RECOMMEND, GIFT, INVOICE,
    PAYMENT, ORDER_CHANGE,
    LOGISTICS, QUALITY_COMPLAINT, RETURN_EXCHANGE, REFUND, RETURN_SHIPPING, INSTALL_REPAIR, COMPLAINT,
    HUMAN_AGENT, GREETING, ACK, OTHER;

    /** SIZE_FIT through ORDER_CHANGE. */
    public boolean preSale() {
        return ordinal() <= ORDER_CHANGE.ordinal();
    }

    /** LOGISTICS through INSTALL_REPAIR, and COMPLAINT. */
    public boolean afterSale() {
        return ordinal() >= LOGISTICS.ordinal() && ordinal() <= COMPLAINT.ordinal();
    }

    /** A question that can decide a conversation's main category; the rest only steer the chat. */
    public boolean realQuestion() {
        return preSale() || afterSale();
    }
}
