package io.zhuanhua.importer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.MetadataUtils;
import picocli.CommandLine.Option;

/**
 * Where the service is and how to reach it. The API key comes from an environment variable or a file, never
 * from the command line, where process lists and shell history would show it.
 */
public final class SuiteConnection {
    private static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);

    @Option(names = "--target", paramLabel = "HOST:PORT",
            description = "The service's gRPC address (chats: chat-service, orders: metrics-service).", required = true)
    String target;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "ZHUANHUA_API_KEY",
            description = "Environment variable holding the shop's API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "File holding the API key instead.")
    Path apiKeyFile;

    @Option(names = "--tls", description = "Use TLS (trusting the JVM's CAs, or --ca-cert).")
    boolean tls;

    @Option(names = "--ca-cert", paramLabel = "PEM", description = "CA certificate(s) to trust for TLS.")
    File caCert;

    ManagedChannel open() throws IOException {
        ChannelCredentials credentials = InsecureChannelCredentials.create();
        if (tls || caCert != null) {
            TlsChannelCredentials.Builder builder = TlsChannelCredentials.newBuilder();
            if (caCert != null) {
                builder.trustManager(caCert);
            }
            credentials = builder.build();
        }
        Metadata headers = new Metadata();
        headers.put(API_KEY, apiKey());
        return Grpc.newChannelBuilder(target, credentials)
                .intercept(MetadataUtils.newAttachHeadersInterceptor(headers))
                .build();
    }

    private String apiKey() throws IOException {
        String key = apiKeyFile != null ? Files.readString(apiKeyFile).strip() : System.getenv(apiKeyEnv);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("no API key: set " + apiKeyEnv + " or pass --api-key-file");
        }
        return key;
    }

    static void close(ManagedChannel channel) throws InterruptedException {
        channel.shutdown();
        if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
            channel.shutdownNow();
        }
    }
}
