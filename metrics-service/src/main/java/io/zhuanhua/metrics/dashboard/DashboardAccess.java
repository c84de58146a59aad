package io.zhuanhua.metrics.dashboard;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.kit.auth.Caller;
import io.zhuanhua.kit.auth.Callers;

/**
 * The dashboard API's counterpart of the gRPC ApiKeyInterceptor, with the same clients and keys: every
 * request carries the API key in the x-api-key header (the page sends it with each fetch, so no cookie
 * exists for another site to ride on), and every request but {@code me} names the shop in its {@code shop}
 * query parameter, which the key must be allowed. Checked here, before any endpoint runs, so none can forget.
 */
@ApplicationScoped
public class DashboardAccess {
    static final String API = "dashboard/api/";
    static final String SHOP = "shop";
    /** The one endpoint that is about the caller, not a shop. */
    static final String ME = API + "me";

    private final Callers callers;

    public DashboardAccess(Callers callers) {
        this.callers = callers;
    }

    @ServerRequestFilter
    public Optional<RestResponse<Problem>> authorize(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith(API)) {
            return Optional.empty();
        }
        Optional<Caller> caller = caller(request.getHeaderString(ApiKeys.HEADER.name()));
        if (caller.isEmpty()) {
            return Optional.of(Problem.response(Status.UNAUTHORIZED,
                    Problem.of("missing or unknown API key (header x-api-key)")));
        }
        if (path.equals(ME)) {
            return Optional.empty();
        }
        String shop = request.getUriInfo().getQueryParameters().getFirst(SHOP);
        if (shop == null || shop.isBlank()) {
            return Optional.of(Problem.response(Status.BAD_REQUEST, Problem.of(SHOP, "required")));
        }
        if (!caller.get().mayAccess(shop)) {
            return Optional.of(Problem.response(Status.FORBIDDEN,
                    Problem.of("this API key may not access shop " + shop)));
        }
        return Optional.empty();
    }

    Optional<Caller> caller(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? Optional.empty() : callers.byKey(apiKey);
    }
}
