package io.zhuanhua.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON object per line. Nested values are flattened to the field names the CSV format uses for the same
 * thing, e.g. {@code "attachments":[{"kind":"file"}]} becomes {@code attachments[0].kind}.
 */
public final class JsonlRecords implements RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private long line;

    public JsonlRecords(BufferedReader in) {
        this.in = in;
    }

    @Override
    public Parsed read() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return Parsed.unreadable(line, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return Parsed.unreadable(line, "not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", node, fields);
        return Parsed.of(new SourceRecord(line, fields));
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), into);
            }
        } else if (!node.isNull()) {
            into.put(prefix, node.asText());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
