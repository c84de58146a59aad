package io.zhuanhua.importer.run;

import io.zhuanhua.proto.common.v1.EventOutcome;

/**
 * A service's acknowledgement of one streamed event, whichever ingest service sent it.
 *
 * @param field  the rejected field, empty unless the outcome is REJECTED
 * @param reason why, empty unless the outcome is REJECTED
 */
public record Ack(long sequence, EventOutcome outcome, String field, String reason) {
}
