package io.zhuanhua.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class JsonlRecordsTest {

    @Test
    void nestedValuesFlattenToTheCsvNamesAndBadLinesNameTheirLine() throws IOException {
        JsonlRecords records = new JsonlRecords(new BufferedReader(new StringReader(
                "{\"message_id\":\"m1\",\"attachments\":[{\"kind\":\"file\",\"size_bytes\":12}],\"after_sale\":true}\n"
                        + "\n{not json\n[1,2]\n")));
        RecordReader.Parsed first = records.read();
        assertEquals(1, first.line());
        assertEquals("file", first.record().required("attachments[0].kind"));
        assertEquals("12", first.record().required("attachments[0].size_bytes"));
        assertEquals("true", first.record().required("after_sale"));
        RecordReader.Parsed broken = records.read();
        assertEquals(3, broken.line());
        assertTrue(broken.unreadable().reason().startsWith("not valid JSON"));
        assertEquals("not a JSON object", records.read().unreadable().reason());
        assertNull(records.read());
    }
}
