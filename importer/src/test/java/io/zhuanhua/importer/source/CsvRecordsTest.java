package io.zhuanhua.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static CsvRecords csv(String text) throws IOException {
        return new CsvRecords(new BufferedReader(new StringReader(text)));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesCountPhysically() throws IOException {
        CsvRecords records = csv("\uFEFFmessage_id,Text\nm1,\"在吗,亲\"\nm2,\"第一行\n第二行 \"\"引号\"\"\"\nm3,好的\n");
        RecordReader.Parsed first = records.read();
        assertEquals(2, first.line());
        assertEquals("在吗,亲", first.record().raw("text"));
        assertEquals("m1", first.record().required("message_id"));
        RecordReader.Parsed second = records.read();
        assertEquals(3, second.line());
        assertEquals("第一行\n第二行 \"引号\"", second.record().raw("text"));
        assertEquals(5, records.read().line());
        assertNull(records.read());
    }

    @Test
    void tooManyFieldsAndUnclosedQuotesAreUnreadableWithTheirLine() throws IOException {
        CsvRecords records = csv("a,b\n1,2,3\n\n4,\"open\n");
        RecordReader.Parsed extra = records.read();
        assertEquals(2, extra.line());
        assertNotNull(extra.unreadable());
        assertEquals("3 fields, the header names 2", extra.unreadable().reason());
        RecordReader.Parsed open = records.read();
        assertEquals(4, open.line());
        assertEquals("a quoted field is never closed", open.unreadable().reason());
        assertNull(records.read());
    }

    @Test
    void fewerFieldsThanTheHeaderLeaveTheRestAbsent() throws IOException {
        RecordReader.Parsed row = csv("a,b,c\n1,2\n").read();
        assertEquals("2", row.record().required("b"));
        assertEquals("", row.record().raw("c"));
    }
}
