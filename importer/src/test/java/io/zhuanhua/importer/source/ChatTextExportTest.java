package io.zhuanhua.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ChatTextExportTest {
    private static final ChatTextExport.NickRoles ROLES = new ChatTextExport.NickRoles(Set.of("阿花"), Set.of("店小蜜"));

    private static List<RecordReader.Parsed> read(String text) throws IOException {
        List<RecordReader.Parsed> all = new ArrayList<>();
        try (ChatTextExport export = new ChatTextExport(new BufferedReader(new StringReader(text)), ROLES)) {
            for (RecordReader.Parsed parsed = export.read(); parsed != null; parsed = export.read()) {
                all.add(parsed);
            }
        }
        return all;
    }

    @Test
    void rolesComeFromNicksAndAgentsAnswerTheLatestBuyer() throws IOException {
        List<RecordReader.Parsed> parsed = read("""
                2026-11-20 10:01:02 tb_buyer88: 在吗
                2026-11-20 10:01:05 店小蜜: 亲，在的
                2026-11-20 10:01:10 好店旗舰店:小美: 亲在的
                有什么可以帮您
                2026-11-20 10:02:00 阿花：175 140斤穿多大
                2026/11/20 10:02:30 jd_小王: 528690173109这是大得嘛
                2026-11-20 10:03:00 好店旗舰店:小美: 亲，XL
                """);
        assertEquals(6, parsed.size());
        assertEquals("buyer", parsed.get(0).record().required("sender"));
        assertEquals("bot", parsed.get(1).record().required("sender"));
        SourceRecord agent = parsed.get(2).record();
        assertEquals("agent", agent.required("sender"));
        assertEquals("好店旗舰店:小美", agent.required("agent_id"));
        assertEquals("tb_buyer88", agent.required("buyer_id"));
        assertEquals("亲在的\n有什么可以帮您", agent.raw("text"));
        assertEquals(3, parsed.get(2).line());
        assertEquals("agent", parsed.get(3).record().required("sender"), "a given agent nick, full-width colon");
        assertEquals(5, parsed.get(3).line());
        assertEquals("jd_小王", parsed.get(4).record().required("buyer_id"));
        assertEquals("jd_小王", parsed.get(5).record().required("buyer_id"), "answers the latest buyer");
    }

    @Test
    void idsAreStableAcrossReadsAndARepeatedLineGetsItsOwn() throws IOException {
        String text = "2026-11-20 10:01:02 tb_a: 好的\n2026-11-20 10:01:02 tb_a: 好的\n";
        List<RecordReader.Parsed> once = read(text);
        List<RecordReader.Parsed> again = read(text);
        String first = once.get(0).record().required("message_id");
        assertEquals(first, again.get(0).record().required("message_id"));
        assertNotEquals(first, once.get(1).record().required("message_id"));
        assertEquals(once.get(1).record().required("message_id"), again.get(1).record().required("message_id"));
    }

    @Test
    void strayLinesAndAgentsWithoutABuyerAreUnreadable() throws IOException {
        List<RecordReader.Parsed> parsed = read("""
                聊天记录导出
                2026-11-20 10:01:10 好店旗舰店:小美: 亲在的
                2026-11-20 10:02:00 tb_a: 在吗
                """);
        assertEquals(1, parsed.get(0).line());
        assertEquals("not a \"time nick: text\" line and no message before it", parsed.get(0).unreadable().reason());
        assertEquals(2, parsed.get(1).line());
        assertEquals("agent 好店旗舰店:小美 writes before any buyer: whose chat is it?", parsed.get(1).unreadable().reason());
        assertNull(parsed.get(2).unreadable());
    }
}
