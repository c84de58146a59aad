package io.zhuanhua.metrics.dashboard;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * What went wrong with a dashboard request, as JSON: the field and the reason for bad input (as gRPC's
 * INVALID_ARGUMENT says "field: reason"), the reason alone otherwise.
 *
 * @param field null unless one request field is at fault
 */
public record Problem(String field, String reason) {

    static Problem of(String reason) {
        return new Problem(null, reason);
    }

    static Problem of(String field, String reason) {
        return new Problem(field, reason);
    }

    static RestResponse<Problem> response(Status status, Problem problem) {
        return RestResponse.ResponseBuilder.create(status, problem).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
