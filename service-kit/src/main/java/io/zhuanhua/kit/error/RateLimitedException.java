package io.zhuanhua.kit.error;

/** A shop sends faster than its configured budget; becomes RESOURCE_EXHAUSTED, and the client retries later. */
public class RateLimitedException extends RuntimeException {
    public RateLimitedException(String message) {
        super(message);
    }
}
