package io.zhuanhua.chat.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads the tab-separated knowledge files (lexicon, cue tables): one row per line, '#' comments and blank
 * lines skipped, a leading BOM ignored. A row the consumer rejects with IllegalArgumentException fails the
 * whole file, naming the file and the line, so a bad shop extension never loads half.
 */
public final class DataRows {
    private DataRows() {
    }

    public static void read(Reader source, String name, Consumer<String[]> row) {
        BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
        try (reader) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    row.accept(line.split("\t", -1));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage() + ": " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
