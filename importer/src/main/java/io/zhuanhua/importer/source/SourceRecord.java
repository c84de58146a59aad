package io.zhuanhua.importer.source;

import java.util.Map;
import java.util.Optional;

/**
 * One record of an export file: its named fields and the line it starts on, which every rejection names.
 *
 * @param line   1-based line number of the record's first line in the file
 * @param fields field name to value; absent and blank values are both "not given"
 */
public record SourceRecord(long line, Map<String, String> fields) {

    public SourceRecord {
        fields = Map.copyOf(fields);
    }

    /** The trimmed value, empty when the field is absent or blank. */
    public Optional<String> optional(String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The trimmed value; a record without it is rejected naming the field. */
    public String required(String field) {
        return optional(field).orElseThrow(() -> new RejectedRecord(field, "required"));
    }

    /** The value exactly as written (message text keeps its spaces and line breaks), empty when absent. */
    public String raw(String field) {
        return fields.getOrDefault(field, "");
    }
}
