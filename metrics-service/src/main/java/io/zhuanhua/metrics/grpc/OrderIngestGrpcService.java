package io.zhuanhua.metrics.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.kit.ingest.IngestGate;
import io.zhuanhua.metrics.order.IngestOutcome;
import io.zhuanhua.metrics.order.OrderEvent;
import io.zhuanhua.metrics.order.OrderIngest;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.FieldViolation;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.IngestOrderEventsResponse;
import io.zhuanhua.proto.metrics.v1.OrderIngestService;
import io.zhuanhua.proto.metrics.v1.StreamOrderEventsRequest;
import io.zhuanhua.proto.metrics.v1.StreamOrderEventsResponse;

@GrpcService
public class OrderIngestGrpcService implements OrderIngestService {
    private final OrderIngest ingest;
    private final IngestGate gate;

    public OrderIngestGrpcService(OrderIngest ingest, IngestGate gate) {
        this.ingest = ingest;
        this.gate = gate;
    }

    @Override
    @Blocking
    public Uni<IngestOrderEventsResponse> ingestOrderEvents(IngestOrderEventsRequest request) {
        return Rpc.call(() -> {
            ProtoValues.requireBatchSize(request.getEventsCount(), "events");
            // Every event is checked before anything is written.
            List<OrderEvent> events = gate.checked(request.getEventsCount(), () -> {
                List<OrderEvent> checked = new ArrayList<>(request.getEventsCount());
                for (int i = 0; i < request.getEventsCount(); i++) {
                    checked.add(OrderEventMapper.toDomain(request.getEvents(i), "events[" + i + "]"));
                }
                return checked;
            });
            gate.admit(request.getShopId(), events.size());
            IngestOrderEventsResponse.Builder response = IngestOrderEventsResponse.newBuilder();
            gate.counted(ingest.ingest(request.getShopId(), events))
                    .forEach(outcome -> response.addOutcomes(OrderEventMapper.toProto(outcome)));
            return response.build();
        });
    }

    /**
     * Each request is committed in its own transaction, in arrival order, before its acknowledgement is
     * emitted; an invalid event is acknowledged as rejected and the stream goes on.
     */
    @Override
    @Blocking
    public Multi<StreamOrderEventsResponse> streamOrderEvents(Multi<StreamOrderEventsRequest> requests) {
        AtomicLong sequence = new AtomicLong();
        return requests.map(request -> acknowledge(sequence.getAndIncrement(), request))
                .onFailure().transform(Rpc::toStatus);
    }

    private StreamOrderEventsResponse acknowledge(long sequence, StreamOrderEventsRequest request) {
        StreamOrderEventsResponse.Builder ack = StreamOrderEventsResponse.newBuilder().setSequence(sequence)
                .setOrderId(request.getEvent().getOrderId());
        try {
            if (!request.hasEvent()) {
                throw new InvalidFieldException("event", "required");
            }
            OrderEvent event = OrderEventMapper.toDomain(request.getEvent(), "event");
            // Over the shop's budget the stream ends with RESOURCE_EXHAUSTED before this event is stored.
            gate.admit(request.getShopId(), 1);
            return ack.setOutcome(OrderEventMapper.toProto(ingestOne(request.getShopId(), event))).build();
        } catch (InvalidFieldException e) {
            gate.count(IngestGate.REJECTED, 1);
            return ack.setOutcome(EventOutcome.EVENT_OUTCOME_REJECTED)
                    .setViolation(FieldViolation.newBuilder().setField(e.field()).setDescription(e.reason()))
                    .build();
        }
    }

    private IngestOutcome ingestOne(String shopId, OrderEvent event) {
        try {
            return gate.counted(List.of(ingest.ingestOne(shopId, event))).get(0);
        } catch (InvalidFieldException e) {
            throw e.under("event");
        }
    }
}
