package io.zhuanhua.kit.taxonomy;

import java.util.Optional;

/**
 * What a buyer asks about: the 33 codes of DOMAIN.md, part of the contract. The order is that of the proto
 * enum {@code zhuanhua.common.v1.QuestionCategory}, whose number is {@link #number()}. One definition for
 * every service, so the pre-sale and after-sale split cannot drift between them.
 */
public enum Category {
    SIZE_FIT, SUITABILITY, SPECS, USAGE, QUALITY, AUTHENTICITY, PRICE, BARGAIN, PROMOTION, SHIPPING_FEE,
    DISPATCH_TIME, COURIER, STOCK, COLOR_DIFF, PRICE_COMPARE, SHELF_LIFE, COMFORT, RECOMMEND, GIFT, INVOICE,
    PAYMENT, ORDER_CHANGE,
    LOGISTICS, QUALITY_COMPLAINT, RETURN_EXCHANGE, REFUND, RETURN_SHIPPING, INSTALL_REPAIR, COMPLAINT,
    HUMAN_AGENT, GREETING, ACK, OTHER;

    private static final Category[] ALL = values();

    /** The proto enum number. */
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

    /** A question that can decide a conversation's main category; the rest only steer the chat. */
    public boolean realQuestion() {
        return preSale() || afterSale();
    }
}
