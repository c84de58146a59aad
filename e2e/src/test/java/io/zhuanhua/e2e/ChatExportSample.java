package io.zhuanhua.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a realistic plain-text chat export ("time nick: text", agents as shop:agent sub-accounts, the bot
 * by nick, multi-line replies) of a given number of lines, with known bad records: headers whose date does
 * not exist (the importer rejects them) and messages too long for chat-service (the service rejects them).
 * It remembers the line of each, so a test can check the importer's summary line by line.
 */
final class ChatExportSample {
    static final String AGENT = "好店旗舰店:小美";
    static final String BOT = "店小蜜";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] QUESTIONS = { "175 140斤穿多大", "能便宜点吗", "今天能发吗", "发什么快递 能发顺丰吗",
            "这个纯棉的吗", "528690173109这是大得嘛", "有优惠券吗", "包邮吗", "起球吗", "几天能到西安呢" };
    /** Every so many conversations one header has a date that does not exist. */
    private static final int BAD_DATE_EVERY = 997;
    /** Every so many conversations one buyer message is longer than chat-service accepts. */
    private static final int TOO_LONG_EVERY = 1499;
    private static final int TOO_LONG = 8001;

    final List<Long> badDateLines = new ArrayList<>();
    final List<Long> tooLongLines = new ArrayList<>();
    long records;

    /** Writes conversations until the file has {@code lines} lines (the last conversation may be cut short). */
    ChatExportSample write(Path file, int lines) throws IOException {
        long line = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; line < lines; c++) {
                String buyer = "tb_import_" + c;
                LocalDateTime start = LocalDateTime.of(2026, 11, 10 + c % 5, 9, 0).plusSeconds(c * 7L % 30_000);
                List<String[]> conversation = List.of(
                        new String[] { buyer, "在吗" },
                        new String[] { BOT, "亲，在的，有什么可以帮您" },
                        new String[] { buyer, c % TOO_LONG_EVERY == 5 ? "长".repeat(TOO_LONG) : QUESTIONS[c % QUESTIONS.length] },
                        new String[] { AGENT, "亲，这款XL合适\n有问题随时找我哦" },
                        new String[] { buyer, c % BAD_DATE_EVERY == 3 ? "BAD_DATE好的" : "好的谢谢" });
                for (int m = 0; m < conversation.size() && line < lines; m++) {
                    String[] message = conversation.get(m);
                    String time = start.plusSeconds(m * 20L).format(TIME);
                    if (message[1].startsWith("BAD_DATE")) {
                        time = "2026-11-31 10:00:00";
                        message = new String[] { message[0], message[1].substring("BAD_DATE".length()) };
                        badDateLines.add(line + 1);
                    } else if (message[1].length() == TOO_LONG) {
                        tooLongLines.add(line + 1);
                    }
                    String[] text = message[1].split("\n");
                    out.write(time + " " + message[0] + ": " + text[0] + "\n");
                    line++;
                    records++;
                    for (int t = 1; t < text.length && line < lines; t++) {
                        out.write(text[t] + "\n");
                        line++;
                    }
                }
            }
        }
        return this;
    }

    /** Records the services should store: all but the two kinds of bad ones. */
    long valid() {
        return records - badDateLines.size() - tooLongLines.size();
    }
}
