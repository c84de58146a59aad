package io.zhuanhua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.netty.NettyChannelBuilder;
import io.zhuanhua.devpg.PostgresServer;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.AssistServiceGrpc;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc;
import io.zhuanhua.proto.chat.v1.ConversationServiceGrpc;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc;

/**
 * The three packaged services running as separate processes, each on its own fresh database of one
 * PostgreSQL server (embedded, or the one ZHUANHUA_PG_URL names), reached over gRPC only. Used by the e2e
 * tests (free ports) and by the demo (the fixed ports 8081, 8082, 8083).
 */
public final class Suite implements AutoCloseable {
    /** No call may wait longer: a service that never answers fails the scenario instead of hanging it. */
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(30);

    private final PostgresServer postgres;
    private final Map<Service, ServiceProcess> processes = new EnumMap<>(Service.class);
    private final Map<Service, ManagedChannel> channels = new EnumMap<>(Service.class);
    /** JDBC URLs of the databases this suite created. */
    private final List<String> databases = new ArrayList<>();
    private final Map<Service, String> databaseOf = new EnumMap<>(Service.class);
    private final Thread shutdownHook = new Thread(this::stopAll, "zhuanhua-suite-shutdown");
    private boolean stopped;

    private Suite(PostgresServer postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL and the three services and waits until all are ready.
     *
     * @param clients the API clients every service accepts; exactly one must be internal (the key the
     *                services use to call each other)
     * @param demoPorts the fixed demo ports instead of free ones
     */
    public static Suite start(List<ApiClient> clients, boolean demoPorts) {
        return start(clients, demoPorts, Map.of());
    }

    /** As {@link #start(List, boolean)}, every service also given the extra properties (tracing, say). */
    public static Suite start(List<ApiClient> clients, boolean demoPorts, Map<String, String> extra) {
        ApiClient internal = clients.stream().filter(ApiClient::internal).reduce((a, b) -> {
            throw new IllegalArgumentException("more than one internal client: " + a.name() + ", " + b.name());
        }).orElseThrow(() -> new IllegalArgumentException("no internal client for the services' own calls"));
        Path root = repositoryRoot();
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            jars.put(service, packagedJar(root, service));
        }

        Suite suite = new Suite(PostgresServer.start());
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, demoPorts ? requireFree(service) : freePort());
            }
            for (Service service : Service.values()) {
                suite.processes.put(service, suite.configure(service, jars.get(service), ports, clients, internal,
                        extra, root.resolve("e2e").resolve("target").resolve(service.module() + ".log")));
            }
            // Launch all, then wait: the JVMs boot side by side.
            suite.processes.values().forEach(ServiceProcess::launch);
            suite.processes.values().forEach(ServiceProcess::awaitReady);
            for (Service service : Service.values()) {
                suite.channels.put(service, NettyChannelBuilder.forAddress("127.0.0.1", ports.get(service))
                        .usePlaintext().intercept(new DefaultDeadline()).build());
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** One service on its own fresh database, knowing the clients, and chat-service knowing the other two. */
    private ServiceProcess configure(Service service, Path jar, Map<Service, Integer> ports, List<ApiClient> clients,
            ApiClient internal, Map<String, String> extra, Path log) {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        properties.put("quarkus.http.host", "127.0.0.1");
        properties.put("quarkus.http.port", String.valueOf(ports.get(service)));
        String database = postgres.createDatabase(service.module().replace('-', '_'));
        databases.add(database);
        databaseOf.put(service, database);
        properties.put("quarkus.datasource.jdbc.url", database);
        properties.put("quarkus.datasource.username", postgres.user());
        secrets.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        clients.forEach(client -> properties.putAll(client.serviceProperties()));
        if (service == Service.CHAT) {
            properties.put("quarkus.grpc.clients.metrics.host", "127.0.0.1");
            properties.put("quarkus.grpc.clients.metrics.port", String.valueOf(ports.get(Service.METRICS)));
            secrets.put("ZHUANHUA_CHAT_METRICS_API_KEY", internal.key());
            properties.put("quarkus.grpc.clients.scripts.host", "127.0.0.1");
            properties.put("quarkus.grpc.clients.scripts.port", String.valueOf(ports.get(Service.SCRIPTS)));
            secrets.put("ZHUANHUA_CHAT_SCRIPTS_API_KEY", internal.key());
        }
        properties.putAll(extra);
        return new ServiceProcess(service, jar, ports.get(service), properties, secrets, log);
    }

    /** A JDBC connection to the service's own database (for benchmarks that compare with raw SQL). */
    public Connection database(Service service) throws SQLException {
        return postgres.connect(databaseOf.get(service));
    }

    /** The service's one port (gRPC, probes and /q/metrics). */
    public int port(Service service) {
        return processes.get(service).port();
    }

    /** Whether PostgreSQL is the embedded one (false: the server ZHUANHUA_PG_URL names). */
    public boolean embeddedPostgres() {
        return postgres.embedded();
    }

    /** Stops one service (its database and port stay reserved for {@link #start(Service)}). */
    public void stop(Service service) {
        processes.get(service).stop();
    }

    /** Starts a stopped service again on the same port and database and waits until it is ready. */
    public void start(Service service) {
        ServiceProcess process = processes.get(service);
        process.launch();
        process.awaitReady();
        // The channel backed off while the service was away: reconnect now, not at the next backoff step.
        channels.get(service).resetConnectBackoff();
    }

    public ChatIngestServiceGrpc.ChatIngestServiceBlockingStub chatIngest(String apiKey) {
        return ApiKeys.withKey(ChatIngestServiceGrpc.newBlockingStub(channels.get(Service.CHAT)), apiKey);
    }

    public ChatIngestServiceGrpc.ChatIngestServiceStub chatIngestStreaming(String apiKey) {
        return ApiKeys.withKey(ChatIngestServiceGrpc.newStub(channels.get(Service.CHAT)), apiKey);
    }

    public AssistServiceGrpc.AssistServiceBlockingStub assist(String apiKey) {
        return ApiKeys.withKey(AssistServiceGrpc.newBlockingStub(channels.get(Service.CHAT)), apiKey);
    }

    public ConversationServiceGrpc.ConversationServiceBlockingStub conversations(String apiKey) {
        return ApiKeys.withKey(ConversationServiceGrpc.newBlockingStub(channels.get(Service.CHAT)), apiKey);
    }

    public OrderIngestServiceGrpc.OrderIngestServiceBlockingStub orderIngest(String apiKey) {
        return ApiKeys.withKey(OrderIngestServiceGrpc.newBlockingStub(channels.get(Service.METRICS)), apiKey);
    }

    public ReportServiceGrpc.ReportServiceBlockingStub reports(String apiKey) {
        return ApiKeys.withKey(ReportServiceGrpc.newBlockingStub(channels.get(Service.METRICS)), apiKey);
    }

    /** The report stub without any API key, to check that the services refuse anonymous calls. */
    public ReportServiceGrpc.ReportServiceBlockingStub reportsWithoutKey() {
        return ReportServiceGrpc.newBlockingStub(channels.get(Service.METRICS));
    }

    public ReplyScriptServiceGrpc.ReplyScriptServiceBlockingStub replyScripts(String apiKey) {
        return ApiKeys.withKey(ReplyScriptServiceGrpc.newBlockingStub(channels.get(Service.SCRIPTS)), apiKey);
    }

    /** A shop's view of the suite through one API key: sending its events and reading its reports. */
    public ShopClient shop(String shopId, String apiKey) {
        return new ShopClient(this, shopId, apiKey);
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself, or the JVM is going down anyway: the hook does the same work.
        }
    }

    private synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        channels.values().forEach(channel -> {
            channel.shutdownNow();
            try {
                channel.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        channels.clear();
        processes.values().forEach(ServiceProcess::stop);
        if (!postgres.embedded()) {
            databases.forEach(this::dropExternalDatabase);
        }
        postgres.close();
    }

    /** An embedded server goes away with its data; on an external one the throwaway databases would pile up. */
    private void dropExternalDatabase(String jdbcUrl) {
        String path = jdbcUrl.replaceFirst("\\?.*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (Connection connection = postgres.connect(postgres.jdbcUrlOf("postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("could not drop database " + name + ": " + e.getMessage());
        }
    }

    /** Gives every call without a deadline of its own the suite's {@link #CALL_DEADLINE}. */
    private static final class DefaultDeadline implements ClientInterceptor {
        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return next.newCall(method, options.getDeadline() != null ? options
                    : options.withDeadlineAfter(CALL_DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** The checkout the services were packaged in: -Dzhuanhua.root (set by the pom), else searched upwards. */
    static Path repositoryRoot() {
        String configured = System.getProperty("zhuanhua.root");
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with chat-service/ and e2e/);"
                + " set -Dzhuanhua.root");
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("chat-service").resolve("pom.xml"))
                && Files.isRegularFile(dir.resolve("e2e").resolve("pom.xml"));
    }

    private static Path packagedJar(Path root, Service service) {
        Path jar = root.resolve(service.module()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service.module() + " is not packaged (" + jar + " is missing): run"
                    + " ./mvnw -B package -DskipTests -pl chat-service,metrics-service,scripts-service -am");
        }
        return jar;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static int requireFree(Service service) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), service.demoPort()));
            return service.demoPort();
        } catch (IOException e) {
            throw new IllegalStateException("port " + service.demoPort() + " for " + service.module()
                    + " is in use: stop whatever holds it (another demo?) and try again", e);
        }
    }
}
