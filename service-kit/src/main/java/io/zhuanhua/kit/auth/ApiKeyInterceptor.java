package io.zhuanhua.kit.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;

/**
 * Authenticates every call to a zhuanhua.* service and scopes it to a shop, so no RPC can forget to.
 * <p>
 * Every request message of a shop's RPC has a {@code shop_id} field; the caller must be allowed that shop
 * (checked on each message, so a stream cannot switch shops midway). A request without {@code shop_id}
 * belongs to an internal RPC and needs an internal caller. Standard services (health, reflection) stay
 * open. The key itself is never logged. Service code learns who is calling through {@link Caller#current()}.
 */
@GlobalInterceptor
@ApplicationScoped
public class ApiKeyInterceptor implements ServerInterceptor {
    private static final Logger LOG = Logger.getLogger(ApiKeyInterceptor.class);
    private static final String OUR_SERVICES = "zhuanhua.";

    private final Callers callers;

    public ApiKeyInterceptor(Callers callers) {
        this.callers = callers;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        String service = call.getMethodDescriptor().getServiceName();
        if (service == null || !service.startsWith(OUR_SERVICES)) {
            return next.startCall(call, headers);
        }
        String key = headers.get(ApiKeys.HEADER);
        Optional<Caller> caller = key == null || key.isBlank() ? Optional.empty() : callers.byKey(key);
        if (caller.isEmpty()) {
            call.close(Status.UNAUTHENTICATED.withDescription("missing or unknown API key (header x-api-key)"),
                    new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        // Every callback of the call runs with the caller in the gRPC Context, so service code reads it with
        // Caller.current() on whichever thread the callback runs.
        Context withCaller = Context.current().withValue(Caller.CONTEXT_KEY, caller.get());
        return new ShopScopedListener<>(Contexts.interceptCall(withCaller, call, headers, next), call, caller.get());
    }

    /** Lets a message through only if its shop is the caller's. */
    private static final class ShopScopedListener<Q, R> extends SimpleForwardingServerCallListener<Q> {
        private final ServerCall<Q, R> call;
        private final Caller caller;
        private boolean closed;

        ShopScopedListener(ServerCall.Listener<Q> delegate, ServerCall<Q, R> call, Caller caller) {
            super(delegate);
            this.call = call;
            this.caller = caller;
        }

        @Override
        public void onMessage(Q message) {
            if (closed) {
                return;
            }
            Status denied = check(message);
            if (denied != null) {
                closed = true;
                LOG.debugf("denied %s for client %s: %s", call.getMethodDescriptor().getFullMethodName(),
                        caller.name(), denied.getDescription());
                call.close(denied, new Metadata());
                return;
            }
            super.onMessage(message);
        }

        @Override
        public void onHalfClose() {
            if (!closed) {
                super.onHalfClose();
            }
        }

        private Status check(Q message) {
            if (!(message instanceof Message proto)) {
                return Status.INTERNAL.withDescription("unexpected message type");
            }
            FieldDescriptor shopField = proto.getDescriptorForType().findFieldByName("shop_id");
            if (shopField == null) {
                return caller.internal() ? null
                        : Status.PERMISSION_DENIED.withDescription("internal RPC; only services of the suite may call it");
            }
            String shopId = (String) proto.getField(shopField);
            if (shopId.isBlank()) {
                return Status.INVALID_ARGUMENT.withDescription("shop_id: required");
            }
            return caller.mayAccess(shopId) ? null
                    : Status.PERMISSION_DENIED.withDescription("this API key may not access shop " + shopId);
        }
    }
}
