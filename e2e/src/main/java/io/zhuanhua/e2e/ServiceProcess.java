package io.zhuanhua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running from its packaged jar as a separate JVM, configured through system properties and,
 * for secrets (kept out of the process list), environment variables, its output written to a log file. Can be stopped and started again with the same configuration (same
 * port, same database).
 */
public final class ServiceProcess {
    /** Three JVMs boot side by side; on a shared, busy 2-core machine one took 117 s. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;

    private final Service service;
    private final Path jar;
    private final int port;
    private final Map<String, String> properties;
    private final Map<String, String> secrets;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private boolean launched;

    ServiceProcess(Service service, Path jar, int port, Map<String, String> properties, Map<String, String> secrets,
            Path log) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.properties = properties;
        this.secrets = secrets;
        this.log = log;
    }

    public int port() {
        return port;
    }

    private synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Launches the JVM; returns at once (see {@link #awaitReady()}). */
    public synchronized void launch() {
        if (running()) {
            throw new IllegalStateException(service.module() + " is already running");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Three JVMs boot side by side on two cores: the serial GC and the quick C1 compiler start them sooner.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xmx512m");
        command.add("-Dfile.encoding=UTF-8");
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(log.getParent());
            // A fresh log per suite; a restart (outage scenario) appends to it.
            Files.writeString(log, "=== " + Instant.now() + " starting " + service.module() + " on port " + port
                    + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    launched ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            launched = true;
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(secrets);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch " + service.module(), e);
        }
    }

    /** Waits until /q/health/ready reports UP; fails with the log's tail if the service dies or times out. */
    public void awaitReady() {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            Process current;
            synchronized (this) {
                current = process;
            }
            if (current == null || !current.isAlive()) {
                throw new IllegalStateException(service.module() + " exited"
                        + (current == null ? "" : " with code " + current.exitValue()) + "\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.module(), e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.module() + " not ready on port " + port + " after "
                + READY_TIMEOUT.toSeconds() + " s (last: " + last + ")\n" + logTail());
    }

    /** Stops the JVM gracefully (SIGTERM), forcibly if it does not exit in time. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** The last lines of the service's log, for failure messages. */
    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "--- last " + tail.size() + " lines of " + log + " ---\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "(no log at " + log + ": " + e + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
