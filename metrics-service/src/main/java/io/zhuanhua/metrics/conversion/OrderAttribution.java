package io.zhuanhua.metrics.conversion;

/**
 * Whom an order belongs to: a party; nobody (an inquiry covers it but nobody replied in time); or it is
 * a silent order (no inquiry covers it).
 *
 * @param party null when silent or unanswered
 */
public record OrderAttribution(boolean silent, Party party) {
    public static final OrderAttribution SILENT = new OrderAttribution(true, null);
    public static final OrderAttribution UNANSWERED = new OrderAttribution(false, null);

    public static OrderAttribution to(Party party) {
        return new OrderAttribution(false, party);
    }

    public boolean belongsTo(Party candidate) {
        return candidate.equals(party);
    }
}
