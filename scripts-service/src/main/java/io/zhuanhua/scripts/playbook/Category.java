package io.zhuanhua.scripts.playbook;

import java.util.Optional;

/**
 * What a buyer asks about: the 33 codes of DOMAIN.md, in the order of the proto enum
 * {@code zhuanhua.common.v1.QuestionCategory}, whose number is {@link #number()}.
 */
public enum Category {
    SIZE_FIT, SUITABILITY, SPECS, USAGE, QUALITY, AUTHENTICITY, PRICE, BARGAIN, PROMOTION, SHIPPING_FEE,
    DISPATCH_TIME, COURIER, STOCK, COLOR_DIFF, PRICE_COMPARE, SHELF_LIFE, COMFORT, RECOMMEND, GIFT, INVOICE,
    PAYMENT, ORDER_CHANGE,
    LOGISTICS, QUALITY_COMPLAINT, RETURN_EXCHANGE, REFUND, RETURN_SHIPPING, INSTALL_REPAIR, COMPLAINT,
    HUMAN_AGENT, GREETING, ACK, OTHER;

    private static final Category[] ALL = values();

    /** The proto enum number; also how the category is stored, so that listings sort in taxonomy order. */
    public int number() {
        return ordinal() + 1;
    }

    /** The category with that proto number; empty for 0 (unspecified) and numbers this build does not know. */
    public static Optional<Category> ofNumber(int number) {
        return number >= 1 && number <= ALL.length ? Optional.of(ALL[number - 1]) : Optional.empty();
    }

    /** SIZE_FIT through ORDER_CHANGE. */
    public boolean preSale() {
        return ordinal() <= ORDER_CHANGE.ordinal();
    }

    /** LOGISTICS through INSTALL_REPAIR, and COMPLAINT. */
    public boolean afterSale() {
        return ordinal() >= LOGISTICS.ordinal() && ordinal() <= COMPLAINT.ordinal();
    }
}
