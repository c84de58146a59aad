package io.zhuanhua.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import io.zhuanhua.importer.run.Ack;
import io.zhuanhua.importer.run.Checkpoint;
import io.zhuanhua.importer.run.ImportFailedException;
import io.zhuanhua.importer.run.ImportJob;
import io.zhuanhua.importer.run.ImportSummary;
import io.zhuanhua.importer.run.IngestStream;
import io.zhuanhua.importer.source.CsvRecords;
import io.zhuanhua.importer.source.FieldValues;
import io.zhuanhua.importer.source.JsonlRecords;
import io.zhuanhua.importer.source.RecordReader;
import io.zhuanhua.importer.source.SourceRecord;
import io.zhuanhua.proto.common.v1.Platform;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What importing any file does, whatever it holds: pick the reader, resume, stream, summarise. Exit codes:
 * 0 everything was stored (or already there), 1 some records were rejected, 2 bad usage, 3 the import
 * stopped (unreachable service, refused key); run the same command again to resume.
 */
abstract class FileImport<E> implements Callable<Integer> {
    static final int SOME_REJECTED = 1;
    static final int STOPPED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The export file (UTF-8).")
    Path file;

    @Option(names = "--shop", required = true, description = "The shop the records belong to.")
    String shop;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, jsonl or text (chats only); default: from the file name's extension.")
    String format;

    @Option(names = "--platform", description = "Platform of records that name none (TAOBAO, TMALL, JD ...).")
    String platform;

    @Option(names = "--time-zone", defaultValue = "Asia/Shanghai",
            description = "Zone of times written without an offset (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--dry-run", description = "Read and check every record; send nothing.")
    boolean dryRun;

    @Option(names = "--restart", description = "Ignore the saved progress and send every record again.")
    boolean restart;

    @Option(names = "--window", defaultValue = "500",
            description = "Events in flight before waiting for acknowledgements (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where to list every rejected record (default: FILE.rejects.tsv when there are any).")
    Path rejects;

    @Mixin
    SuiteConnection connection;

    /** "chats" or "orders": names the checkpoint's scope. */
    abstract String kind();

    /** The reader for a format this kind accepts. */
    abstract RecordReader reader(String format, BufferedReader in) throws IOException;

    /** The record's events; throws RejectedRecord when it can't be one. */
    abstract Function<SourceRecord, List<E>> events(Optional<Platform> platform, ZoneId zone);

    /** The ingest stream for the shop on this channel. */
    abstract IngestStream.Transport<E> transport(ManagedChannel channel, String shop);

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        if (window < 1) {
            throw new ParameterException(spec.commandLine(), "--window must be at least 1");
        }
        Optional<Platform> defaultPlatform = Optional.ofNullable(platform).map(name -> FieldValues.platform(name)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown platform " + name)));
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(file);
        PrintStream out = System.out;
        ImportJob<E> job = new ImportJob<>(events(defaultPlatform, zone));
        Checkpoint checkpoint = dryRun ? null : new Checkpoint(file, kind() + "|" + shop);
        if (checkpoint != null && !restart) {
            job.resumeAt(checkpoint.resumeLine());
        }
        out.printf("%s %s into shop %s%s%n", dryRun ? "Checking" : "Importing", file, shop,
                dryRun ? " (dry run)" : " via " + connection.target);
        int exit = 0;
        ManagedChannel channel = dryRun ? null : connection.open();
        try (RecordReader reader = reader(chosen, Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            job.run(reader, countLines(file), channel == null ? null : transport(channel, shop), window, checkpoint,
                    System.err, System.console() != null);
        } catch (ImportFailedException e) {
            out.printf("stopped: %s%n", e.getMessage());
            out.printf("progress is saved in %s; run the same command again to resume%n", checkpoint.file());
            exit = STOPPED;
        } finally {
            if (channel != null) {
                SuiteConnection.close(channel);
            }
        }
        ImportSummary summary = job.summary();
        summary.print(out, dryRun);
        if (!summary.rejections().isEmpty()) {
            Path list = rejects != null ? rejects : file.resolveSibling(file.getFileName() + ".rejects.tsv");
            summary.writeRejects(list);
            out.printf("every rejected record is listed in %s%n", list);
            exit = Math.max(exit, SOME_REJECTED);
        }
        return exit;
    }

    private String formatOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        if (name.endsWith(".txt")) {
            return "text";
        }
        throw new ParameterException(spec.commandLine(), "cannot tell the format of " + path + ": pass --format");
    }

    /** Readers for the formats both kinds share. */
    static RecordReader sharedReader(String format, BufferedReader in) throws IOException {
        return switch (format) {
            case "csv" -> new CsvRecords(in);
            case "jsonl" -> new JsonlRecords(in);
            default -> null;
        };
    }

    /** A bidirectional ingest call seen as a stream of events and acknowledgements. */
    static <E, Q, R> IngestStream.Transport<E> transport(
            Function<StreamObserver<R>, StreamObserver<Q>> call, Function<E, Q> request, Function<R, Ack> ack) {
        return acks -> {
            StreamObserver<Q> requests = call.apply(new StreamObserver<>() {
                @Override
                public void onNext(R response) {
                    acks.onNext(ack.apply(response));
                }

                @Override
                public void onError(Throwable error) {
                    acks.onError(error);
                }

                @Override
                public void onCompleted() {
                    acks.onCompleted();
                }
            });
            return new StreamObserver<>() {
                @Override
                public void onNext(E event) {
                    requests.onNext(request.apply(event));
                }

                @Override
                public void onError(Throwable error) {
                    requests.onError(error);
                }

                @Override
                public void onCompleted() {
                    requests.onCompleted();
                }
            };
        };
    }

    private static long countLines(Path path) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
