package io.zhuanhua.importer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text chat export shops get from their messenger: one message per {@code time nick: text} line,
 * e.g. {@code 2026-11-20 10:01:02 tb_buyer88: 在吗}, a message's further lines following without a header.
 * <p>
 * Agents write from sub-accounts named {@code shop:agent} (a colon inside the nick, as on Taobao) or from
 * nicks given as agent nicks; bot nicks are given too; anyone else is the buyer. An agent's line answers the
 * buyer of the latest buyer line. The export has no message ids, so each record gets one derived from its
 * buyer, time, nick, text and how often that same message occurred before in the file: importing the file
 * again gives the same ids, which the services store once.
 */
public final class ChatTextExport implements RecordReader {
    /** Time, nick, then ": " or a full-width colon; the sub-account colon inside a nick has no space after it. */
    private static final Pattern HEADER = Pattern.compile(
            "^(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)\\s+(.+?)(?:: |：|:$)(.*)$");

    private final BufferedReader in;
    private final NickRoles roles;
    private final Map<String, Integer> occurrences = new HashMap<>();
    private String lastBuyer;
    private long line;
    private long pendingLine;
    private String pendingTime;
    private String pendingNick;
    private StringBuilder pendingText;

    public ChatTextExport(BufferedReader in, NickRoles roles) {
        this.in = in;
        this.roles = roles;
    }

    /** How nicks map to roles: sub-accounts ({@code shop:agent}) and the given agent nicks are agents. */
    public record NickRoles(Set<String> agentNicks, Set<String> botNicks) {

        public NickRoles {
            agentNicks = Set.copyOf(agentNicks);
            botNicks = Set.copyOf(botNicks);
        }

        String roleOf(String nick) {
            if (botNicks.contains(nick)) {
                return "bot";
            }
            return agentNicks.contains(nick) || nick.indexOf(':') > 0 ? "agent" : "buyer";
        }
    }

    @Override
    public Parsed read() throws IOException {
        while (true) {
            String text = in.readLine();
            line++;
            if (text != null && line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            Matcher header = text == null ? null : HEADER.matcher(text);
            if (text != null && !header.matches()) {
                if (pendingText != null) {
                    pendingText.append('\n').append(text);
                } else if (!text.isBlank()) {
                    return Parsed.unreadable(line, "not a \"time nick: text\" line and no message before it");
                }
                continue;
            }
            Parsed done = pendingText == null ? null : finish();
            if (text == null) {
                return done;
            }
            pendingLine = line;
            pendingTime = header.group(1);
            pendingNick = header.group(2).strip();
            pendingText = new StringBuilder(header.group(3));
            if (done != null) {
                return done;
            }
        }
    }

    private Parsed finish() {
        String message = pendingText.toString().strip();
        pendingText = null;
        String role = roles.roleOf(pendingNick);
        if (role.equals("buyer")) {
            lastBuyer = pendingNick;
        } else if (lastBuyer == null) {
            return Parsed.unreadable(pendingLine, role + " " + pendingNick + " writes before any buyer: whose chat is it?");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("buyer_id", lastBuyer);
        fields.put("time", pendingTime);
        fields.put("sender", role);
        if (!role.equals("buyer")) {
            fields.put("agent_id", pendingNick);
        }
        fields.put("text", message);
        // Keyed by digest, not text, so a file of millions of lines keeps a small map.
        String identity = digest(String.join("\u001f", lastBuyer, pendingTime, pendingNick, message));
        int seen = occurrences.merge(identity, 1, Integer::sum);
        fields.put("message_id", "txt-" + (seen == 1 ? identity : digest(identity + "#" + seen)));
        return Parsed.of(new SourceRecord(pendingLine, fields));
    }

    private static String digest(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
