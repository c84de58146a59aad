package io.zhuanhua.kit.grpc;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.NotFoundException;
import io.zhuanhua.kit.error.PreconditionFailedException;
import io.zhuanhua.kit.error.RateLimitedException;
import io.zhuanhua.kit.log.LogSafe;

/**
 * The one place where domain failures become gRPC Status. gRPC service classes wrap their work in
 * {@link #call(Supplier)} so that no RPC answers a client's mistake with INTERNAL.
 */
public final class Rpc {
    private static final Logger LOG = Logger.getLogger(Rpc.class);

    private Rpc() {
    }

    /** Runs the work when subscribed (on the caller's worker thread for @Blocking methods). */
    public static <T> Uni<T> call(Supplier<T> work) {
        return Uni.createFrom().item(work).onFailure().transform(Rpc::toStatus);
    }

    /** SQLSTATEs of failures a retry resolves: serialization failure, deadlock, lock not available. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01", "55P03");

    static boolean transientConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static StatusRuntimeException toStatus(Throwable failure) {
        if (failure instanceof StatusRuntimeException sre) {
            return sre;
        }
        if (failure instanceof StatusException se) {
            return se.getStatus().asRuntimeException(se.getTrailers());
        }
        if (failure instanceof InvalidFieldException e) {
            return Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException();
        }
        if (failure instanceof NotFoundException e) {
            return Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException();
        }
        if (failure instanceof BackPressureFailure) {
            return Status.RESOURCE_EXHAUSTED.withDescription("the stream runs too far ahead of its acknowledgements")
                    .asRuntimeException();
        }
        if (failure instanceof RateLimitedException e) {
            return Status.RESOURCE_EXHAUSTED.withDescription(e.getMessage()).asRuntimeException();
        }
        if (failure instanceof PreconditionFailedException e) {
            return Status.FAILED_PRECONDITION.withDescription(e.getMessage()).asRuntimeException();
        }
        if (transientConflict(failure)) {
            // Another transaction won a lock or serialization race; the same request succeeds when retried.
            return Status.ABORTED.withDescription("concurrent change, retry the request").asRuntimeException();
        }
        // Anything else is our bug or an outage: log it here (without the values a message may quote: a
        // constraint failure quotes the row, and rows hold chats), tell the client nothing internal.
        LOG.error("request failed", LogSafe.failure(failure));
        return Status.INTERNAL.withDescription("internal error").asRuntimeException();
    }
}
