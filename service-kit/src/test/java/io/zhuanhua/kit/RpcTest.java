package io.zhuanhua.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.error.NotFoundException;
import io.zhuanhua.kit.grpc.Rpc;

class RpcTest {

    @Test
    void clientMistakesNameTheField() {
        var status = Rpc.toStatus(new InvalidFieldException("events[3].buyer_id", "required")).getStatus();
        assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode());
        assertEquals("events[3].buyer_id: required", status.getDescription());
        assertEquals(Status.Code.NOT_FOUND, Rpc.toStatus(new NotFoundException("conversation", "x")).getStatus().getCode());
    }

    @Test
    void lockAndSerializationConflictsAreRetryable() {
        for (String state : new String[] { "40001", "40P01", "55P03" }) {
            RuntimeException wrapped = new RuntimeException("tx failed", new SQLException("conflict", state));
            assertEquals(Status.Code.ABORTED, Rpc.toStatus(wrapped).getStatus().getCode(), state);
        }
    }

    @Test
    void anythingElseIsInternalWithoutDetails() {
        var status = Rpc.toStatus(new RuntimeException("boom", new SQLException("disk full", "53100"))).getStatus();
        assertEquals(Status.Code.INTERNAL, status.getCode());
        assertEquals("internal error", status.getDescription());
    }
}
