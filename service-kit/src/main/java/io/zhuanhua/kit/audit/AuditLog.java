package io.zhuanhua.kit.audit;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.zhuanhua.kit.auth.Caller;

/**
 * One structured line per admin change on the log category {@code audit}: who (the API client's name), which
 * shop, what action, which object. Only identifiers: never the changed text, never a key. The fields are also
 * in the MDC, so JSON logs carry them as fields ({@code mdc.caller}, {@code mdc.shop}, ...).
 */
public final class AuditLog {
    private static final Logger LOG = Logger.getLogger("audit");

    private AuditLog() {
    }

    /** Records the change for the caller of the current gRPC call. */
    public static void record(String action, String shopId, String objectId) {
        String caller = Caller.current().map(Caller::name).orElse("unknown");
        MDC.put("caller", caller);
        MDC.put("shop", shopId);
        MDC.put("action", action);
        MDC.put("object", objectId);
        try {
            LOG.infof("caller=%s shop=%s action=%s object=%s", caller, shopId, action, objectId);
        } finally {
            MDC.remove("caller");
            MDC.remove("shop");
            MDC.remove("action");
            MDC.remove("object");
        }
    }
}
