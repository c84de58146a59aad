package io.zhuanhua.importer.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Where an import of a file got to, kept beside the file ({@code <file>.import-state}) so that a run stopped
 * by Ctrl-C, a crash or an outage goes on from there. The state names the file by its first 64 KiB: an export
 * that was appended to resumes; a different file under the same name starts over. Skipping is only a
 * shortcut: every event id is stable, so re-sending is harmless anyway.
 */
public final class Checkpoint {
    private static final int HEAD_BYTES = 64 * 1024;

    private final Path input;
    private final Path state;
    private final String scope;

    /** @param scope what is imported where (kind and shop), so chats and orders of one file don't mix */
    public Checkpoint(Path input, String scope) {
        this.input = input;
        this.state = input.resolveSibling(input.getFileName() + ".import-state");
        this.scope = scope;
    }

    public Path file() {
        return state;
    }

    /** Records on lines before this one were imported by an earlier run; 1 when there was none. */
    public long resumeLine() {
        if (!Files.exists(state)) {
            return 1;
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException e) {
            return 1;
        }
        try {
            // The head as long as it was when saved: a small file that grew since is still the same export.
            int headBytes = Integer.parseInt(saved.getProperty("head_bytes", "-1"));
            if (!scope.equals(saved.getProperty("scope")) || headBytes < 0
                    || !head(headBytes).equals(saved.getProperty("head_sha256"))) {
                return 1;
            }
            return Math.max(1, Long.parseLong(saved.getProperty("done_before_line", "1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Atomically records that every record before {@code line} is done. */
    public void save(long line) {
        Properties state = new Properties();
        int headBytes = (int) Math.min(HEAD_BYTES, size());
        state.setProperty("scope", scope);
        state.setProperty("head_bytes", Integer.toString(headBytes));
        state.setProperty("head_sha256", head(headBytes));
        state.setProperty("done_before_line", Long.toString(line));
        try {
            Path tmp = this.state.resolveSibling(this.state.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                state.store(out, "zhuanhua importer: records before done_before_line were imported");
            }
            Files.move(tmp, this.state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + this.state, e);
        }
    }

    private long size() {
        try {
            return Files.size(input);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        }
    }

    /** SHA-256 of the file's first bytes; a file shorter than that hashes differently by design. */
    private String head(int bytes) {
        try (InputStream in = Files.newInputStream(input)) {
            byte[] head = in.readNBytes(bytes);
            if (head.length < bytes) {
                return "shorter";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(head));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
