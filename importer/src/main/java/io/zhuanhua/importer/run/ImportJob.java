package io.zhuanhua.importer.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

import io.zhuanhua.importer.source.RecordReader;
import io.zhuanhua.importer.source.RejectedRecord;
import io.zhuanhua.importer.source.SourceRecord;

/**
 * Reads a file's records, turns each into events and streams them to the suite, keeping the summary, the
 * progress bar and the checkpoint. Without a stream it is a dry run: every record is read and checked,
 * nothing is sent.
 */
public final class ImportJob<E> {
    private static final long CHECKPOINT_NANOS = 2_000_000_000L;

    private final Function<SourceRecord, List<E>> events;
    private final ImportSummary summary = new ImportSummary();
    private long resumeLine = 1;

    /** @param events a record's events; throws {@link RejectedRecord} when the record can't be one */
    public ImportJob(Function<SourceRecord, List<E>> events) {
        this.events = events;
    }

    public ImportSummary summary() {
        return summary;
    }

    /** Skips the records before this line (an earlier run imported them). */
    public ImportJob<E> resumeAt(long line) {
        this.resumeLine = line;
        return this;
    }

    /**
     * Runs the import.
     *
     * @param transport  where events go; null for a dry run
     * @param window     events sent but not yet acknowledged, at most
     * @param checkpoint where progress is saved; null for a dry run
     * @throws ImportFailedException when the service refuses the import as a whole; the checkpoint then
     *                               holds the line to resume from
     */
    public ImportSummary run(RecordReader reader, long totalLines, IngestStream.Transport<E> transport, int window,
            Checkpoint checkpoint, PrintStream progressOut, boolean terminal) throws IOException, InterruptedException {
        IngestStream<E> stream = transport == null ? null : new IngestStream<>(transport, summary::acknowledged, window);
        Progress progress = new Progress(progressOut, totalLines, terminal);
        long lastLine = 0;
        long lastSave = System.nanoTime();
        try {
            for (RecordReader.Parsed parsed = reader.read(); parsed != null; parsed = reader.read()) {
                summary.recordRead();
                lastLine = parsed.line();
                progress.update(lastLine);
                if (lastLine < resumeLine) {
                    summary.recordSkipped();
                } else if (parsed.unreadable() != null) {
                    summary.rejectedByFile(lastLine, "", parsed.unreadable().reason());
                } else {
                    send(parsed.record(), stream);
                }
                if (checkpoint != null && System.nanoTime() - lastSave > CHECKPOINT_NANOS) {
                    lastSave = System.nanoTime();
                    checkpoint.save(stream.oldestPendingLine().orElse(lastLine + 1));
                }
            }
            if (stream != null) {
                stream.finish();
            }
        } catch (ImportFailedException e) {
            if (checkpoint != null) {
                checkpoint.save(stream.oldestPendingLine().orElse(lastLine + 1));
            }
            throw e;
        }
        if (checkpoint != null) {
            checkpoint.save(Math.max(resumeLine, lastLine + 1));
        }
        progress.done(totalLines);
        return summary;
    }

    private void send(SourceRecord record, IngestStream<E> stream) throws InterruptedException {
        List<E> recordEvents;
        try {
            recordEvents = events.apply(record);
        } catch (RejectedRecord rejected) {
            summary.rejectedByFile(record.line(), rejected.field(), rejected.reason());
            return;
        }
        if (stream == null) {
            return;
        }
        for (E event : recordEvents) {
            stream.send(event, record.line());
            summary.eventSent();
        }
    }
}
