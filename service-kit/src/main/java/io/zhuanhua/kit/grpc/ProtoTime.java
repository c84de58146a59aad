package io.zhuanhua.kit.grpc;

import java.time.Duration;
import java.time.Instant;

import com.google.protobuf.Timestamp;

import io.zhuanhua.kit.error.InvalidFieldException;

/** java.time to and from the protobuf well-known types, at full precision. */
public final class ProtoTime {
    private ProtoTime() {
    }

    public static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }

    /** Valid Timestamps span 0001-01-01 to 9999-12-31 (google.protobuf.Timestamp). */
    private static final long MIN_SECONDS = -62_135_596_800L;
    private static final long MAX_SECONDS = 253_402_300_799L;

    /**
     * A client's timestamp as an instant.
     *
     * @throws InvalidFieldException naming the field when the value is outside what a Timestamp may hold,
     *         which would otherwise surface as an internal error
     */
    public static Instant instant(Timestamp t, String field) {
        if (t.getSeconds() < MIN_SECONDS || t.getSeconds() > MAX_SECONDS || t.getNanos() < 0
                || t.getNanos() > 999_999_999) {
            throw new InvalidFieldException(field, "not a valid timestamp");
        }
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    public static com.google.protobuf.Duration duration(Duration d) {
        return com.google.protobuf.Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano()).build();
    }

    public static Duration duration(com.google.protobuf.Duration d) {
        return Duration.ofSeconds(d.getSeconds(), d.getNanos());
    }
}
