package io.zhuanhua.importer.source;

/** A record the importer cannot turn into an event; the summary reports it with its line. */
public final class RejectedRecord extends RuntimeException {
    private final String field;

    public RejectedRecord(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The offending field, or "" when the record as a whole is unreadable. */
    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
