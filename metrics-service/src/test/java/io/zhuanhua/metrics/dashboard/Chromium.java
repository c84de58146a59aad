package io.zhuanhua.metrics.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket client:
 * no driver binary, no browser download. Each instance has a fresh profile directory, removed on close.
 */
final class Chromium implements AutoCloseable {
    /** Debian's package; CHROMIUM overrides it. */
    static final Path DEFAULT = Path.of("/usr/bin/chromium");
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration CALL = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    static Optional<Path> executable() {
        Path path = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).orElse(DEFAULT);
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    static Chromium launch(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("zhuanhua-chromium-");
        // As root Chromium needs --no-sandbox; the rest keeps it from calling home or updating itself.
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            return new Chromium(process, profile, pageSocket(process, profile));
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Chromium writes its DevTools port to the profile once it listens; the page target has its socket. */
    private static String pageSocket(Process process, Path profile) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(START);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(100);
        }
        String port = Files.readAllLines(portFile).get(0).trim();
        HttpResponse<String> targets = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(targets.body())) {
            if ("page".equals(target.path("type").asText())) {
                return target.get("webSocketDebuggerUrl").asText();
            }
        }
        throw new IOException("chromium has no page: " + targets.body());
    }

    private Chromium(Process process, Path profile, String socketUrl) {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(socketUrl),
                new Listener()).orTimeout(CALL.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Collects a message's frames and completes the call it answers; events are not needed. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode reply = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> call = reply.has("id") ? pending.remove(reply.get("id").asInt()) : null;
                    if (call != null) {
                        call.complete(reply);
                    }
                } catch (IOException e) {
                    pending.values().forEach(call -> call.completeExceptionally(e));
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
        request.set("params", JSON.valueToTree(params));
        socket.sendText(request.toString(), true);
        JsonNode answer = reply.orTimeout(CALL.toSeconds(), TimeUnit.SECONDS).join();
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    void navigate(String url) {
        call("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page (promises awaited); a thrown error fails. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
        }
        return result.get("result").path("value");
    }

    /** A PNG of the page as it is now, at a desktop size. */
    void screenshot(Path file) throws IOException {
        call("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1440, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
        Files.write(file, Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png"))
                .get("data").asText()));
    }

    /** Polls until the expression has one of the wanted values, and returns it. */
    String waitFor(String expression, Duration timeout, String... wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String value = null;
        while (Instant.now().isBefore(deadline)) {
            value = evaluate(expression).asText();
            if (List.of(wanted).contains(value)) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(expression + " is still " + value + " after " + timeout);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            socket.abort();
        } finally {
            // Renderers and helpers are children of the browser process: end them all, and only them.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // A file Chromium still held is left in /tmp; the test result does not depend on it.
            }
        }
    }
}
