package io.zhuanhua.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.grpc.ManagedChannel;
import io.zhuanhua.importer.chat.ChatRecords;
import io.zhuanhua.importer.run.Ack;
import io.zhuanhua.importer.run.IngestStream;
import io.zhuanhua.importer.source.ChatTextExport;
import io.zhuanhua.importer.source.RecordReader;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.chat.v1.ChatEvent;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc;
import io.zhuanhua.proto.chat.v1.StreamEventsRequest;
import io.zhuanhua.proto.common.v1.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Imports exported chat logs into chat-service (ChatIngestService.StreamEvents). */
@Command(name = "chats", mixinStandardHelpOptions = true,
        description = "Import chat logs (CSV, JSONL or the \"time nick: text\" export) into chat-service.")
final class ChatsCommand extends FileImport<ChatEvent> {

    @Option(names = "--agent-nick", paramLabel = "NICK",
            description = "Text export: a nick that is the shop's agent (sub-accounts 'shop:agent' are agents anyway).")
    Set<String> agentNicks = Set.of();

    @Option(names = "--bot-nick", paramLabel = "NICK", description = "Text export: a nick that is the shop's bot.")
    Set<String> botNicks = Set.of();

    @Override
    String kind() {
        return "chats";
    }

    @Override
    RecordReader reader(String format, BufferedReader in) throws IOException {
        if (format.equals("text")) {
            return new ChatTextExport(in, new ChatTextExport.NickRoles(agentNicks, botNicks));
        }
        RecordReader shared = sharedReader(format, in);
        if (shared == null) {
            throw new IllegalArgumentException("chats come as csv, jsonl or text, not " + format);
        }
        return shared;
    }

    @Override
    Function<SourceRecord, List<ChatEvent>> events(Optional<Platform> platform, ZoneId zone) {
        ChatRecords records = new ChatRecords(platform, zone);
        return record -> List.of(records.toEvent(record));
    }

    @Override
    IngestStream.Transport<ChatEvent> transport(ManagedChannel channel, String shop) {
        ChatIngestServiceGrpc.ChatIngestServiceStub stub = ChatIngestServiceGrpc.newStub(channel);
        return transport(stub::streamEvents,
                (ChatEvent event) -> StreamEventsRequest.newBuilder().setShopId(shop).setEvent(event).build(),
                response -> new Ack(response.getSequence(), response.getOutcome(),
                        response.getViolation().getField(), response.getViolation().getDescription()));
    }
}
