package io.zhuanhua.chat.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A throwaway certificate for localhost made with the JDK's keytool when the test starts (nothing secret is
 * checked in), and the configuration that turns TLS on: the server on one HTTPS port only, and the
 * metrics-service client trusting the certificate. The client points at this very service, whose standard
 * health service answers it, so a test can call through the configured client end to end.
 */
public class SelfSignedTls implements QuarkusTestResourceLifecycleManager {
    static final String PASSWORD = "changeit-test-only";
    static Path dir;
    static int port;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("zhuanhua-tls");
            Path keyStore = dir.resolve("server.p12");
            Path certificate = dir.resolve("server.crt");
            keytool("-genkeypair", "-alias", "zhuanhua", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "zhuanhua", "-keystore", keyStore.toString(), "-storepass",
                    PASSWORD, "-file", certificate.toString());
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            return Map.of("quarkus.tls.grpc-server.key-store.p12.path", keyStore.toString(),
                    "quarkus.tls.grpc-server.key-store.p12.password", PASSWORD,
                    "quarkus.http.tls-configuration-name", "grpc-server",
                    "quarkus.http.insecure-requests", "disabled",
                    "quarkus.http.test-ssl-port", String.valueOf(port),
                    "quarkus.grpc.clients.metrics.host", "localhost",
                    "quarkus.grpc.clients.metrics.port", String.valueOf(port),
                    "quarkus.grpc.clients.metrics.ssl.trust-store", certificate.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
