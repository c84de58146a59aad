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
import io.zhuanhua.chat.ingest.IngestBacklog;
import io.zhuanhua.chat.ingest.Outcome;
import io.zhuanhua.chat.ingest.Submitted;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.kit.grpc.StreamBatcher;
import io.zhuanhua.kit.ingest.IngestGate;
import io.zhuanhua.proto.chat.v1.ChatIngestService;
import io.zhuanhua.proto.chat.v1.EventResult;
import io.zhuanhua.proto.chat.v1.IngestEventsRequest;
import io.zhuanhua.proto.chat.v1.IngestEventsResponse;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;
import io.zhuanhua.proto.chat.v1.StreamEventsResponse;
import io.zhuanhua.proto.common.v1.EventOutcome;
import io.zhuanhua.proto.common.v1.FieldViolation;

@GrpcService
public class ChatIngestGrpc implements ChatIngestService {
    static final int MAX_BATCH = 1000;
    /** Stream events that arrive together are committed together; each ack still follows its commit. */
    private static final int STREAM_GROUP = 1000;
    /** Events waiting for their commit on one stream. */
    private static final int STREAM_BACKLOG = 20_000;
    /** Groups of one stream in flight: one is analysed while the one before it commits. */
    private static final int STREAM_IN_FLIGHT = 2;

    private final ChatIngest ingest;
    private final IngestGate gate;
    private final IngestBacklog backlog;

    public ChatIngestGrpc(ChatIngest ingest, IngestGate gate, IngestBacklog backlog) {
        this.ingest = ingest;
        this.gate = gate;
        this.backlog = backlog;
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
        return new StreamBatcher<Numbered, Group, StreamEventsResponse>(this::prepare, this::store, Numbered::events,
                STREAM_GROUP, STREAM_BACKLOG, STREAM_IN_FLIGHT, backlog.counter())
                .process(requests.map(r -> new Numbered(sequence.getAndIncrement(), wellFormed(r))));
    }

    /** A malformed request ends the stream (INVALID_ARGUMENT); its events are checked one by one later. */
    private static StreamEventsRequest wellFormed(StreamEventsRequest request) {
        if (request.getEventsCount() > 0 && request.hasEvent()) {
            throw new InvalidFieldException("events", "set event or events, not both");
        }
        if (request.getEventsCount() > MAX_BATCH) {
            throw new InvalidFieldException("events", "at most " + MAX_BATCH + " events");
        }
        return request;
    }

    /** A stream request and its position: one event ({@code event}) or a batch ({@code events}). */
    private record Numbered(long sequence, StreamEventsRequest request) {
        boolean batch() {
            return request.getEventsCount() > 0;
        }

        int events() {
            return batch() ? request.getEventsCount() : 1;
        }

        io.zhuanhua.proto.chat.v1.ChatEvent event(int i) {
            return batch() ? request.getEvents(i) : request.getEvent();
        }

        String path(int i) {
            return batch() ? "events[" + i + "]" : "event";
        }
    }

    /**
     * A stream group: its requests, the violation of each of their events (in order; null for a valid one),
     * and the valid events prepared.
     */
    private record Group(List<Numbered> requests, FieldViolation[] violations, ChatIngest.Prepared valid) {
    }

    /** Valid events of the group are prepared for one transaction; invalid ones are answered REJECTED in place. */
    private Group prepare(List<Numbered> group) {
        Instant now = Instant.now();
        List<Submitted> valid = new ArrayList<>();
        FieldViolation[] violations = new FieldViolation[group.stream().mapToInt(Numbered::events).sum()];
        int e = 0;
        for (Numbered n : group) {
            for (int i = 0; i < n.events(); i++, e++) {
                try {
                    valid.add(new Submitted(n.request().getShopId(), checked(n.event(i), now, n.path(i))));
                } catch (InvalidFieldException x) {
                    violations[e] = FieldViolation.newBuilder().setField(x.field()).setDescription(x.reason()).build();
                }
            }
        }
        gate.count(IngestGate.REJECTED, violations.length - valid.size());
        // A group over a shop's budget fails the stream (RESOURCE_EXHAUSTED) before any of it is stored; the
        // client resends what was not acknowledged.
        valid.stream().collect(Collectors.groupingBy(Submitted::shopId, Collectors.counting()))
                .forEach((shop, events) -> gate.admit(shop, events.intValue()));
        return new Group(group, violations, valid.isEmpty() ? null : ingest.prepare(valid));
    }

    /** Commits the group's valid events and answers each request: its one event, or each of its batch. */
    private List<StreamEventsResponse> store(Group group) {
        List<Outcome> stored = group.valid() == null ? List.of() : gate.counted(ingest.store(group.valid()));
        List<StreamEventsResponse> responses = new ArrayList<>(group.requests().size());
        int e = 0;
        int v = 0;
        for (Numbered n : group.requests()) {
            StreamEventsResponse.Builder response = StreamEventsResponse.newBuilder().setSequence(n.sequence());
            for (int i = 0; i < n.events(); i++, e++) {
                String id = n.event(i).getEventId();
                FieldViolation violation = group.violations()[e];
                EventOutcome outcome = violation == null ? outcome(stored.get(v++)) : EventOutcome.EVENT_OUTCOME_REJECTED;
                if (n.batch()) {
                    EventResult.Builder result = response.addResultsBuilder().setEventId(id).setOutcome(outcome);
                    if (violation != null) {
                        result.setViolation(violation);
                    }
                } else {
                    response.setEventId(id).setOutcome(outcome);
                    if (violation != null) {
                        response.setViolation(violation);
                    }
                }
            }
            responses.add(response.build());
        }
        return responses;
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
