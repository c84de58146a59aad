package io.zhuanhua.kit.error;

/** The request is valid but the stored state forbids it (a stale version, say); becomes FAILED_PRECONDITION. */
public class PreconditionFailedException extends RuntimeException {
    public PreconditionFailedException(String message) {
        super(message);
    }
}
