package io.zhuanhua.importer.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: counts by outcome and every rejection with its line, grouped by reason so that a
 * shop sees "1,204 lines: time: not a time" once, not 1,204 times.
 */
public final class ImportSummary {
    /** Line numbers shown per reason; the rejects file has all of them. */
    private static final int SAMPLE_LINES = 8;

    private long records;
    private long skipped;
    private long sent;
    private long stored;
    private long duplicate;
    private final List<Rejection> rejections = new ArrayList<>();

    /**
     * A rejected record.
     *
     * @param byService true when the service rejected it, false when the file check did
     */
    public record Rejection(long line, String field, String reason, boolean byService) {

        String label() {
            return field.isEmpty() ? reason : field + ": " + reason;
        }
    }

    synchronized void recordRead() {
        records++;
    }

    synchronized void recordSkipped() {
        skipped++;
    }

    synchronized void eventSent() {
        sent++;
    }

    synchronized void acknowledged(Ack ack, long line) {
        switch (ack.outcome()) {
            case EVENT_OUTCOME_STORED -> stored++;
            case EVENT_OUTCOME_DUPLICATE -> duplicate++;
            default -> rejections.add(new Rejection(line, ack.field(), ack.reason(), true));
        }
    }

    synchronized void rejectedByFile(long line, String field, String reason) {
        rejections.add(new Rejection(line, field, reason, false));
    }

    public synchronized long records() {
        return records;
    }

    public synchronized long stored() {
        return stored;
    }

    public synchronized long duplicate() {
        return duplicate;
    }

    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public synchronized void print(PrintStream out, boolean dryRun) {
        out.printf("records read      %,12d%n", records);
        if (skipped > 0) {
            out.printf("skipped (resumed) %,12d   already imported by an earlier run%n", skipped);
        }
        if (dryRun) {
            out.printf("would be sent     %,12d   (dry run: nothing was sent; the service checks content on import)%n",
                    records - skipped - rejections.size());
        } else {
            out.printf("events sent       %,12d%n", sent);
            out.printf("stored            %,12d%n", stored);
            out.printf("duplicate         %,12d   already in the suite, stored once%n", duplicate);
        }
        out.printf("rejected          %,12d%n", rejections.size());
        Map<String, List<Long>> byReason = new LinkedHashMap<>();
        rejections.stream().sorted(Comparator.comparingLong(Rejection::line))
                .forEach(r -> byReason.computeIfAbsent((r.byService() ? "service: " : "file: ") + r.label(),
                        key -> new ArrayList<>()).add(r.line()));
        byReason.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Long>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.printf("  %,8d  %s  (line%s %s%s)%n", e.getValue().size(), e.getKey(),
                        e.getValue().size() == 1 ? "" : "s",
                        String.join(", ", e.getValue().stream().limit(SAMPLE_LINES).map(String::valueOf).toList()),
                        e.getValue().size() > SAMPLE_LINES ? ", ..." : ""));
    }

    /** Every rejection as TSV: line, who rejected it, field, reason. */
    public synchronized void writeRejects(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("line\trejected_by\tfield\treason\n");
            for (Rejection r : rejections.stream().sorted(Comparator.comparingLong(Rejection::line)).toList()) {
                out.write(r.line() + "\t" + (r.byService() ? "service" : "file") + "\t" + r.field() + "\t"
                        + r.reason().replace('\t', ' ').replace('\n', ' ') + "\n");
            }
        }
    }
}
