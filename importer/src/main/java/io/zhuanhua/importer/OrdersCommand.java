package io.zhuanhua.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.grpc.ManagedChannel;
import io.zhuanhua.importer.order.OrderRecords;
import io.zhuanhua.importer.run.Ack;
import io.zhuanhua.importer.run.IngestStream;
import io.zhuanhua.importer.source.RecordReader;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.common.v1.Platform;
import io.zhuanhua.proto.metrics.v1.OrderEvent;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc;
import io.zhuanhua.proto.metrics.v1.StreamOrderEventsRequest;
import picocli.CommandLine.Command;

/** Imports order lists into metrics-service (OrderIngestService.StreamOrderEvents). */
@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "Import order lists (CSV or JSONL: one event per row, or one row per order) into metrics-service.")
final class OrdersCommand extends FileImport<OrderEvent> {

    @Override
    String kind() {
        return "orders";
    }

    @Override
    RecordReader reader(String format, BufferedReader in) throws IOException {
        RecordReader shared = sharedReader(format, in);
        if (shared == null) {
            throw new IllegalArgumentException("orders come as csv or jsonl, not " + format);
        }
        return shared;
    }

    @Override
    Function<SourceRecord, List<OrderEvent>> events(Optional<Platform> platform, ZoneId zone) {
        return new OrderRecords(platform, zone)::toEvents;
    }

    @Override
    IngestStream.Transport<OrderEvent> transport(ManagedChannel channel, String shop) {
        OrderIngestServiceGrpc.OrderIngestServiceStub stub = OrderIngestServiceGrpc.newStub(channel);
        return transport(stub::streamOrderEvents,
                (OrderEvent event) -> StreamOrderEventsRequest.newBuilder().setShopId(shop).setEvent(event).build(),
                response -> new Ack(response.getSequence(), response.getOutcome(),
                        response.getViolation().getField(), response.getViolation().getDescription()));
    }
}
