package io.zhuanhua.kit.error;

/** A client sent a value the domain cannot accept; becomes INVALID_ARGUMENT naming the field. */
public class InvalidFieldException extends RuntimeException {
    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The same violation seen from an enclosing message, e.g. {@code events[3]} + {@code .buyer_id}. */
    public InvalidFieldException under(String prefix) {
        return new InvalidFieldException(prefix + "." + field, reason);
    }
}
