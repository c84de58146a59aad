package io.zhuanhua.importer.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @Test
    void resumesTheSameFileEvenWhenAppendedButNotAnotherFileOrScope(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("chats.txt");
        Files.writeString(file, "2026-11-20 10:01:02 tb_a: 在吗\n");
        assertEquals(1, new Checkpoint(file, "chats|s1").resumeLine(), "nothing saved yet");
        new Checkpoint(file, "chats|s1").save(42);
        assertEquals(42, new Checkpoint(file, "chats|s1").resumeLine());
        assertEquals(1, new Checkpoint(file, "chats|s2").resumeLine(), "another shop starts over");

        Files.writeString(file, "2026-11-20 10:02:02 tb_a: 好的\n", StandardOpenOption.APPEND);
        assertEquals(42, new Checkpoint(file, "chats|s1").resumeLine(), "an appended export resumes");

        Files.writeString(file, "2026-11-21 09:00:00 tb_b: 有货吗\n");
        assertEquals(1, new Checkpoint(file, "chats|s1").resumeLine(), "a different file starts over");
    }
}
