package io.zhuanhua.kit.grpc;

import java.time.Duration;
import java.time.Instant;

import com.google.protobuf.Timestamp;

/** java.time to and from the protobuf well-known types, at full precision. */
public final class ProtoTime {
    private ProtoTime() {
    }

    public static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }

    public static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    public static com.google.protobuf.Duration duration(Duration d) {
        return com.google.protobuf.Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano()).build();
    }

    public static Duration duration(com.google.protobuf.Duration d) {
        return Duration.ofSeconds(d.getSeconds(), d.getNanos());
    }
}
