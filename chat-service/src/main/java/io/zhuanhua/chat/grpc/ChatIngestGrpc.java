package io.zhuanhua.chat.grpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.chat.conversation.ChatEvent;
import io.zhuanhua.chat.conversation.ChatEventRules;
import io.zhuanhua.chat.ingest.ChatIngest;
import io.zhuanhua.chat.ingest.Outcome;
import io.zhuanhua.chat.ingest.Submitted;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.kit.grpc.StreamBatcher;
import io.zhuanhua.kit.ingest.IngestGate;
import io.zhuanhua.proto.chat.v1.ChatIngestService;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.IngestEventsResponse;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsResponse;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.FieldViolation;

@GrpcService
public class ChatIngestGrpc implements ChatIngestService {
    static final int MAX_BATCH = 1000;
    /** Stream requests that arrive together are committed together; each ack still follows its commit. */
    private static final int STREAM_GROUP = 1000;
    private static final int STREAM_BACKLOG = 20_000;
    /** Groups of one stream in flight: one is analysed while the one before it commits. */
    private static final int STREAM_IN_FLIGHT = 2;

    private final ChatIngest ingest;
    private final IngestGate gate;

    public ChatIngestGrpc(ChatIngest ingest, IngestGate gate) {
        this.ingest = ingest;
        this.gate = gate;
    }

    @Override
    @Blocking
    public Uni<IngestEventsResponse> ingestEvents(IngestEventsRequest request) {
        return Rpc.call(() -> {
            int n = request.getEventsCount();
            if (n == 0 || n > MAX_BATCH) {
                throw new InvalidFieldException("events", "between 1 and " + MAX_BATCH + " events");
            }
            Instant now = Instant.now();
            List<Submitted> batch = gate.checked(n, () -> {
                List<Submitted> checked = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    checked.add(new Submitted(request.getShopId(), checked(request.getEvents(i), now, "events[" + i + "]")));
                }
                return checked;
            });
            gate.admit(request.getShopId(), n);
            IngestEventsResponse.Builder response = IngestEventsResponse.newBuilder();
            gate.counted(ingest.ingest(batch)).forEach(o -> response.addOutcomes(outcome(o)));
            return response.build();
        });
    }

    @Override
    public Multi<StreamEventsResponse> streamEvents(Multi<StreamEventsRequest> requests) {
        AtomicLong sequence = new AtomicLong();
        return new StreamBatcher<Numbered, Group, StreamEventsResponse>(this::prepare, this::store, STREAM_GROUP,
                STREAM_BACKLOG, STREAM_IN_FLIGHT)
                .process(requests.map(r -> new Numbered(sequence.getAndIncrement(), r)));
    }

    private record Numbered(long sequence, StreamEventsRequest request) {
    }

    /** A stream group: its requests, the acks known before storing (REJECTED), and its valid events prepared. */
    private record Group(List<Numbered> requests, StreamEventsResponse[] acks, ChatIngest.Prepared valid) {
    }

    /** Valid events of the group are prepared for one transaction; invalid ones are answered REJECTED in place. */
    private Group prepare(List<Numbered> group) {
        Instant now = Instant.now();
        List<Submitted> valid = new ArrayList<>();
        StreamEventsResponse[] acks = new StreamEventsResponse[group.size()];
        for (int i = 0; i < group.size(); i++) {
            Numbered n = group.get(i);
            try {
                valid.add(new Submitted(n.request().getShopId(), checked(n.request().getEvent(), now, "event")));
            } catch (InvalidFieldException e) {
                acks[i] = ack(n, EventOutcome.EVENT_OUTCOME_REJECTED).toBuilder()
                        .setViolation(FieldViolation.newBuilder().setField(e.field()).setDescription(e.reason()))
                        .build();
            }
        }
        gate.count(IngestGate.REJECTED, group.size() - valid.size());
        // A group over a shop's budget fails the stream (RESOURCE_EXHAUSTED) before any of it is stored; the
        // client resends what was not acknowledged.
        valid.stream().collect(Collectors.groupingBy(Submitted::shopId, Collectors.counting()))
                .forEach((shop, events) -> gate.admit(shop, events.intValue()));
        return new Group(group, acks, valid.isEmpty() ? null : ingest.prepare(valid));
    }

    private List<StreamEventsResponse> store(Group group) {
        List<Outcome> outcomes = group.valid() == null ? List.of() : gate.counted(ingest.store(group.valid()));
        StreamEventsResponse[] acks = group.acks();
        for (int i = 0, v = 0; i < acks.length; i++) {
            if (acks[i] == null) {
                acks[i] = ack(group.requests().get(i), outcome(outcomes.get(v++)));
            }
        }
        return List.of(acks);
    }

    private static StreamEventsResponse ack(Numbered n, EventOutcome outcome) {
        return StreamEventsResponse.newBuilder().setSequence(n.sequence())
                .setEventId(n.request().getEvent().getEventId()).setOutcome(outcome).build();
    }

    private static ChatEvent checked(io.zhuanhua.proto.chat.v1.ChatEvent proto, Instant now, String path) {
        try {
            ChatEvent event = ChatProto.toDomain(proto);
            ChatEventRules.check(event, now);
            return event;
        } catch (InvalidFieldException e) {
            throw e.under(path);
        }
    }

    private static EventOutcome outcome(Outcome o) {
        return o == Outcome.STORED ? EventOutcome.EVENT_OUTCOME_STORED : EventOutcome.EVENT_OUTCOME_DUPLICATE;
    }
}
