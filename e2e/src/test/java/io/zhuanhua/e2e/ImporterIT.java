package io.zhuanhua.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.zhuanhua.proto.metrics.v1.ReportGrouping;

/**
 * The importer CLI, as a shop runs it, against the running suite: a 100,000-line chat export with bad
 * records is checked dry, imported with an interruption halfway (the second run resumes), then imported again
 * from scratch to prove that every record was stored exactly once; an order list follows and shows in the
 * conversion report.
 */
@ExtendWith(SuiteExtension.class)
class ImporterIT {
    private static final int LINES = 100_000;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);
    private static final Pattern COUNT = Pattern.compile("^(records read|skipped \\(resumed\\)|would be sent|stored|"
            + "duplicate|rejected)\\s+([\\d,]+)", Pattern.MULTILINE);

    @TempDir
    Path dir;

    record Run(int exit, String out) {
        long count(String name) {
            Matcher m = COUNT.matcher(out);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return Long.parseLong(m.group(2).replace(",", ""));
                }
            }
            return 0;
        }
    }

    @Test
    void aHundredThousandLineExportIsImportedOnceWithItsRejectionsByLine(Suite suite) throws Exception {
        Path export = dir.resolve("chats.txt");
        ChatExportSample sample = new ChatExportSample().write(export, LINES);
        String[] chats = { "chats", "--shop", TestShops.IMPORT, "--platform", "TAOBAO", "--bot-nick",
                ChatExportSample.BOT, "--target", "127.0.0.1:" + suite.port(Service.CHAT), export.toString() };

        Run dry = run(suite, concat(chats, "--dry-run"));
        assertEquals(1, dry.exit(), dry.out());
        assertEquals(sample.records, dry.count("records read"), dry.out());
        assertEquals(sample.badDateLines.size(), dry.count("rejected"), "only the file's own errors: " + dry.out());
        assertEquals(sample.records - sample.badDateLines.size(), dry.count("would be sent"), dry.out());

        interruptOnceCheckpointed(suite, chats, export);
        Run resumed = run(suite, chats);
        assertTrue(resumed.count("skipped (resumed)") > 0, "the second run resumes: " + resumed.out());
        assertTrue(resumed.out().contains("\nstored"), resumed.out());

        Run again = run(suite, concat(chats, "--restart"));
        assertEquals(1, again.exit(), again.out());
        assertEquals(0, again.count("stored"), "everything was stored by the two earlier runs: " + again.out());
        assertEquals(sample.valid(), again.count("duplicate"), again.out());
        List<String> rejects = Files.readAllLines(dir.resolve("chats.txt.rejects.tsv"), StandardCharsets.UTF_8);
        assertEquals(lines(sample.badDateLines, "file\ttime"), linesOf(rejects, "\tfile\t"));
        assertEquals(lines(sample.tooLongLines, "service\t"), linesOf(rejects, "\tservice\t"));
        assertTrue(again.out().contains("file: time: not a time: \"2026-11-31 10:00:00\""), again.out());
        // Tens of thousands of conversations: let them reach metrics-service before the next scenario runs.
        suite.awaitFactsRelayed(Duration.ofMinutes(5));
    }

    @Test
    void anOrderListShowsInTheConversionReport(Suite suite) throws Exception {
        Path chats = dir.resolve("day.csv");
        Files.writeString(chats, """
                message_id,buyer_id,time,sender,agent_id,text
                m1,tb_o1,2026-11-18 10:00:00,buyer,,在吗 有货吗
                m2,tb_o1,2026-11-18 10:00:20,agent,小美,"亲，有的
                今天下单今天发"
                m3,tb_o2,2026-11-18 11:00:00,buyer,,能便宜点吗
                m4,tb_o2,2026-11-18 11:00:30,agent,小美,亲，已经是活动价了
                """);
        Run chatRun = run(suite, new String[] { "chats", "--shop", TestShops.IMPORT_ORDERS, "--platform", "TMALL",
                "--target", "127.0.0.1:" + suite.port(Service.CHAT), chats.toString() });
        assertEquals(0, chatRun.exit(), chatRun.out());
        assertEquals(4, chatRun.count("stored"), chatRun.out());

        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, """
                order_id,buyer_id,time,amount,paid_at
                o1,tb_o1,2026-11-18 10:05:00,129.90,2026-11-18 10:06:00
                o2,tb_o2,2026-11-18 11:30:00,59.00,
                o3,tb_o2,2026-11-18 11:31:00,abc,
                """);
        Run orderRun = run(suite, new String[] { "orders", "--shop", TestShops.IMPORT_ORDERS, "--platform", "TMALL",
                "--target", "127.0.0.1:" + suite.port(Service.METRICS), orders.toString() });
        assertEquals(1, orderRun.exit(), orderRun.out());
        assertEquals(3, orderRun.count("stored"), "o1 created and paid, o2 created: " + orderRun.out());
        assertTrue(orderRun.out().contains("file: amount: not an amount"), orderRun.out());
        assertTrue(orderRun.out().contains("(line 4)"), orderRun.out());

        ShopClient shop = suite.shop(TestShops.IMPORT_ORDERS, TestShops.INTEGRATION_KEY);
        LocalDate day = LocalDate.of(2026, 11, 18);
        shop.awaitReport(shop.reportRequest(day, day, ReportGrouping.REPORT_GROUPING_DAY), Expect.CONVERGENCE,
                report -> Expect.conversion("imported day", Expect.day(report, day), 2, 2, 1));
    }

    /** Starts an import and stops it (as Ctrl-C would) once its first checkpoint is on disk. */
    private void interruptOnceCheckpointed(Suite suite, String[] args, Path export) throws Exception {
        Process process = start(suite, args);
        Path state = export.resolveSibling(export.getFileName() + ".import-state");
        Instant deadline = Instant.now().plus(RUN_TIMEOUT);
        while (process.isAlive() && savedLine(state) <= 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(process.isAlive(), "the import ended before it could be interrupted; make the sample larger");
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertTrue(savedLine(state) > 1, "a checkpoint was saved");
    }

    private static long savedLine(Path state) throws IOException {
        if (!Files.exists(state)) {
            return 0;
        }
        Properties saved = new Properties();
        try (var in = Files.newBufferedReader(state)) {
            saved.load(in);
        } catch (IOException e) {
            return 0; // being replaced this instant
        }
        return Long.parseLong(saved.getProperty("done_before_line", "0"));
    }

    private Run run(Suite suite, String[] args) throws Exception {
        Process process = start(suite, args);
        if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the importer did not finish in " + RUN_TIMEOUT);
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    private Process start(Suite suite, String[] args) throws IOException {
        Path jar = Suite.repositoryRoot().resolve("importer/target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("progress.txt").toFile());
        builder.environment().put("ZHUANHUA_API_KEY", TestShops.INTEGRATION_KEY);
        return builder.start();
    }

    private static String[] concat(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    private static List<String> lines(List<Long> lines, String prefix) {
        return lines.stream().map(line -> line + "\t" + prefix).toList();
    }

    private static List<String> linesOf(List<String> rejects, String by) {
        return rejects.stream().filter(row -> row.contains(by))
                .map(row -> {
                    String[] cols = row.split("\t", -1);
                    return cols[0] + "\t" + cols[1] + "\t" + (cols[1].equals("file") ? cols[2] : "");
                }).toList();
    }
}
