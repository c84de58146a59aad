package io.zhuanhua.importer.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads an export file record by record, so a file of any size streams through the importer. A line the
 * reader cannot parse at all (broken JSON, say) comes back as a record that {@link #read()} marks unreadable.
 */
public interface RecordReader extends Closeable {

    /** The next record, or null at the end of the file. */
    Parsed read() throws IOException;

    /** A record, or the reason its lines could not be read as one. */
    record Parsed(long line, SourceRecord record, RejectedRecord unreadable) {

        static Parsed of(SourceRecord record) {
            return new Parsed(record.line(), record, null);
        }

        static Parsed unreadable(long line, String reason) {
            return new Parsed(line, null, new RejectedRecord("", reason));
        }
    }
}
