package io.zhuanhua.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV with a header row naming the fields: quoted fields may hold commas, doubled quotes and line
 * breaks (buyers' messages do). A byte-order mark, as Excel writes it, is skipped.
 */
public final class CsvRecords implements RecordReader {
    private final BufferedReader in;
    private final List<String> header;
    private long nextLine = 1;

    public CsvRecords(BufferedReader in) throws IOException {
        this.in = in;
        List<String> names = row();
        if (names == null) {
            throw new IOException("empty file: a CSV export starts with a header row");
        }
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        this.header = names.stream().map(name -> name.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Override
    public Parsed read() throws IOException {
        while (true) {
            long line = nextLine;
            List<String> values;
            try {
                values = row();
            } catch (UnclosedQuote e) {
                return Parsed.unreadable(line, "a quoted field is never closed");
            }
            if (values == null) {
                return null;
            }
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() > header.size()) {
                return Parsed.unreadable(line, values.size() + " fields, the header names " + header.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                fields.put(header.get(i), values.get(i));
            }
            return Parsed.of(new SourceRecord(line, fields));
        }
    }

    /** The next row's fields, or null at the end; counts the physical lines it consumes. */
    private List<String> row() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        nextLine++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                text = in.readLine();
                if (text == null) {
                    throw new UnclosedQuote();
                }
                nextLine++;
                field.append('\n');
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final class UnclosedQuote extends IOException {
        UnclosedQuote() {
            super(null, null);
        }
    }
}
