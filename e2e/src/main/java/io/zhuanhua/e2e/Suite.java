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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.zhuanhua.devpg.PostgresServer;
import io.zhuanhua.kit.auth.ApiKeys;
import io.zhuanhua.proto.chat.v1.AssistServiceGrpc;
import io.zhuanhua.proto.chat.v1.ChatIngestServiceGrpc;
import io.zhuanhua.proto.chat.v1.ConversationServiceGrpc;
import io.zhuanhua.proto.metrics.v1.OrderIngestServiceGrpc;
import io.zhuanhua.proto.metrics.v1.ReportServiceGrpc;
import io.zhuanhua.proto.scripts.v1.ProductServiceGrpc;
import io.zhuanhua.proto.scripts.v1.ReplyScriptServiceGrpc;
import io.zhuanhua.proto.scripts.v1.ShopPolicyServiceGrpc;
import io.zhuanhua.proto.scripts.v1.SuggestServiceGrpc;

/**
 * The three packaged services running as separate processes, each on its own fresh database of one
 * PostgreSQL server (embedded, or the one ZHUANHUA_PG_URL names), reached over gRPC only. Used by the e2e
 * tests (free ports) and by the demo (the fixed ports 8081, 8082, 8083).
 *
 * <p>A service may run as several replicas on its one database, as in Kubernetes: replica i listens on
 * 127.0.0.(i+1) at the service's port, and the clients (the suite's and chat-service's own) balance calls
 * round-robin over all replicas, see {@link #startReplicated}.
 */
public final class Suite implements AutoCloseable {
    /** No call may wait longer: a service that never answers fails the scenario instead of hanging it. */
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(30);
    /** chat-service's readiness data when no stored event waits for conversation shaping. */
    private static final Pattern SHAPED = Pattern.compile("\"shaping-pending-events\"\\s*:\\s*0\\b");
    /** chat-service's readiness data when no consultation fact waits in the outbox. */
    private static final Pattern RELAYED = Pattern.compile("\"outbox-pending\"\\s*:\\s*0\\b");

    /** Three JVMs boot side by side on two cores: the serial GC and the quick C1 compiler start them sooner. */
    public static final List<String> QUICK_BOOT = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m");
    /** The JVM's own defaults (both JIT tiers) as in production: for figures that should mean something. */
    public static final List<String> STEADY_STATE = List.of("-Xmx1g");
    private static final Set<Service> ALL = EnumSet.allOf(Service.class);

    private final PostgresServer postgres;
    private final Map<Service, List<ServiceProcess>> processes = new EnumMap<>(Service.class);
    private final Map<Service, ManagedChannel> channels = new EnumMap<>(Service.class);
    private final Map<Service, String> databaseOf = new EnumMap<>(Service.class);
    /** Which replica addresses answered calls of the suite's clients, per service. */
    private final Map<Service, Set<String>> answeredFrom = new EnumMap<>(Service.class);
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
        return start(clients, demoPorts, Map.of(), ALL, QUICK_BOOT, Map.of());
    }

    /**
     * Starts only this service, with these JVM options and extra properties: for a benchmark of one service,
     * whose CPU its peers would otherwise share on the machine. Calls it makes to its peers fail, as in an
     * outage of theirs.
     */
    public static Suite startAlone(Service service, List<ApiClient> clients, List<String> jvmOptions,
            Map<String, String> extra) {
        return start(clients, false, Map.of(), EnumSet.of(service), jvmOptions, extra);
    }

    /** As {@link #start(List, boolean)}, every service also given the extra properties (tracing, say). */
    public static Suite start(List<ApiClient> clients, boolean demoPorts, Map<String, String> extra) {
        return start(clients, demoPorts, Map.of(), ALL, QUICK_BOOT, extra);
    }

    /**
     * Starts the services with some of them in several replicas on one database (others: one), on free
     * ports, and waits until every replica is ready.
     *
     * @param replicas how many processes of chat-service and metrics-service; chat-service reaches
     *                 metrics-service's replicas through one host name that resolves to all of them, with the
     *                 round_robin policy, as through a headless Service in Kubernetes
     */
    public static Suite startReplicated(List<ApiClient> clients, Map<Service, Integer> replicas) {
        if (replicas.getOrDefault(Service.SCRIPTS, 1) != 1) {
            throw new IllegalArgumentException("scripts-service runs once: chat-service reaches it by address");
        }
        return start(clients, false, replicas, ALL, QUICK_BOOT, Map.of());
    }

    private static Suite start(List<ApiClient> clients, boolean demoPorts, Map<Service, Integer> replicas,
            Set<Service> launched, List<String> jvmOptions, Map<String, String> extra) {
        ApiClient internal = clients.stream().filter(ApiClient::internal).reduce((a, b) -> {
            throw new IllegalArgumentException("more than one internal client: " + a.name() + ", " + b.name());
        }).orElseThrow(() -> new IllegalArgumentException("no internal client for the services' own calls"));
        Path root = repositoryRoot();
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        for (Service service : launched) {
            jars.put(service, packagedJar(root, service));
        }

        Suite suite = new Suite(PostgresServer.start());
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            Map<Service, List<String>> hosts = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                hosts.put(service, Replicas.hosts(replicas.getOrDefault(service, 1)));
                ports.put(service, demoPorts ? requireFree(service) : freePort(hosts.get(service)));
            }
            Path target = root.resolve("e2e").resolve("target");
            // A replicated suite may run beside the plain one: its logs must not overwrite the other's.
            String logPrefix = replicas.isEmpty() ? "" : "replicated-";
            Replicas metricsReplicas = new Replicas(hosts.get(Service.METRICS), target.resolve("replicas.hosts"));
            for (Service service : launched) {
                String database = suite.createDatabase(service);
                List<ServiceProcess> replicaProcesses = new ArrayList<>();
                for (int i = 0; i < hosts.get(service).size(); i++) {
                    String log = logPrefix + service.module() + (hosts.get(service).size() > 1 ? "-" + (i + 1) : "") + ".log";
                    replicaProcesses.add(suite.configure(service, jars.get(service), hosts.get(service).get(i), database,
                            ports, metricsReplicas, clients, internal, target.resolve(log), jvmOptions, extra));
                }
                suite.processes.put(service, replicaProcesses);
            }
            // Launch all, then wait: the JVMs boot side by side.
            suite.processes().forEach(ServiceProcess::launch);
            suite.processes().forEach(ServiceProcess::awaitReady);
            for (Service service : launched) {
                Set<String> answered = ConcurrentHashMap.newKeySet();
                suite.answeredFrom.put(service, answered);
                suite.channels.put(service, Replicas.channel(hosts.get(service), ports.get(service))
                        .intercept(new DefaultDeadline(), new AnsweredFrom(answered)).build());
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private Stream<ServiceProcess> processes() {
        return processes.values().stream().flatMap(List::stream);
    }

    /** A fresh database for the service, shared by its replicas. */
    private String createDatabase(Service service) {
        String database = postgres.createDatabase(service.module().replace('-', '_'));
        databaseOf.put(service, database);
        return database;
    }

    /** One replica of a service on the service's database, knowing the clients, chat-service knowing the other two. */
    private ServiceProcess configure(Service service, Path jar, String host, String database, Map<Service, Integer> ports,
            Replicas metricsReplicas, List<ApiClient> clients, ApiClient internal, Path log, List<String> jvmOptions,
            Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        properties.put("quarkus.http.host", host);
        properties.put("quarkus.http.port", String.valueOf(ports.get(service)));
        properties.put("quarkus.datasource.jdbc.url", database);
        properties.put("quarkus.datasource.username", postgres.user());
        secrets.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        clients.forEach(client -> properties.putAll(client.serviceProperties()));
        if (service == Service.CHAT) {
            properties.putAll(metricsReplicas.clientProperties("metrics", ports.get(Service.METRICS), database));
            secrets.put("ZHUANHUA_CHAT_METRICS_API_KEY", internal.key());
            properties.put("quarkus.grpc.clients.scripts.host", "127.0.0.1");
            properties.put("quarkus.grpc.clients.scripts.port", String.valueOf(ports.get(Service.SCRIPTS)));
            secrets.put("ZHUANHUA_CHAT_SCRIPTS_API_KEY", internal.key());
        }
        properties.putAll(extra);
        return new ServiceProcess(service, jar, host, ports.get(service), properties, secrets, log, jvmOptions);
    }

    /** A JDBC connection to the service's own database (for benchmarks that compare with raw SQL). */
    public Connection database(Service service) throws SQLException {
        return postgres.connect(databaseOf.get(service));
    }

    /**
     * Waits until chat-service has shaped every stored chat event into conversations (its readiness data
     * reports no pending events, counted in its database, so any replica answers for all): conversations are
     * derived after the ingest ack, not with it.
     *
     * @return how long it took
     */
    public Duration awaitConversationsShaped(Duration timeout) {
        return awaitChatReadiness(timeout, SHAPED, "shapes conversations");
    }

    /**
     * Waits until chat-service has shaped everything and relayed every consultation fact to metrics-service, so
     * a scenario that loads much does not delay the next scenario's facts behind its own.
     */
    public Duration awaitFactsRelayed(Duration timeout) {
        Duration shaped = awaitConversationsShaped(timeout);
        return shaped.plus(awaitChatReadiness(timeout, RELAYED, "relays consultation facts"));
    }

    private Duration awaitChatReadiness(Duration timeout, Pattern done, String what) {
        long begin = System.nanoTime();
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = processes.get(Service.CHAT).get(0).readiness();
            if (done.matcher(last).find()) {
                return Duration.ofNanos(System.nanoTime() - begin);
            }
            ServiceProcess.sleep(Duration.ofMillis(20));
        }
        throw new IllegalStateException("chat-service still " + what + " after " + timeout.toSeconds() + " s: " + last);
    }

    /** The service's one port (gRPC, probes and /q/metrics). */
    public int port(Service service) {
        return processes.get(service).get(0).port();
    }

    /** The replica addresses that answered calls of the suite's clients to the service so far. */
    public Set<String> answeredFrom(Service service) {
        return Set.copyOf(answeredFrom.get(service));
    }

    /** Whether PostgreSQL is the embedded one (false: the server ZHUANHUA_PG_URL names). */
    public boolean embeddedPostgres() {
        return postgres.embedded();
    }

    /** Stops one service, all its replicas (its database and port stay reserved for {@link #start(Service)}). */
    public void stop(Service service) {
        processes.get(service).forEach(ServiceProcess::stop);
    }

    /** Starts a stopped service again on the same port and database and waits until it is ready. */
    public void start(Service service) {
        processes.get(service).forEach(ServiceProcess::launch);
        processes.get(service).forEach(ServiceProcess::awaitReady);
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

    public SuggestServiceGrpc.SuggestServiceBlockingStub suggest(String apiKey) {
        return ApiKeys.withKey(SuggestServiceGrpc.newBlockingStub(channels.get(Service.SCRIPTS)), apiKey);
    }

    public ProductServiceGrpc.ProductServiceBlockingStub products(String apiKey) {
        return ApiKeys.withKey(ProductServiceGrpc.newBlockingStub(channels.get(Service.SCRIPTS)), apiKey);
    }

    public ShopPolicyServiceGrpc.ShopPolicyServiceBlockingStub shopPolicies(String apiKey) {
        return ApiKeys.withKey(ShopPolicyServiceGrpc.newBlockingStub(channels.get(Service.SCRIPTS)), apiKey);
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
        processes().forEach(ServiceProcess::stop);
        postgres.close();
    }

    /** Notes which replica answered each call (the peer address of the call's connection). */
    private static final class AnsweredFrom implements ClientInterceptor {
        private final Set<String> hosts;

        AnsweredFrom(Set<String> hosts) {
            this.hosts = hosts;
        }

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onHeaders(Metadata answer) {
                            if (getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR) instanceof InetSocketAddress peer) {
                                hosts.add(peer.getAddress().getHostAddress());
                            }
                            super.onHeaders(answer);
                        }
                    }, headers);
                }
            };
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

    /** A port free on every given loopback address (the replicas of one service share it). */
    private static int freePort(List<String> hosts) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(hosts.get(0)))) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free port", e);
            }
            if (hosts.stream().skip(1).allMatch(host -> isFree(host, port))) {
                return port;
            }
        }
        throw new IllegalStateException("no port free on all of " + hosts);
    }

    private static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return true;
        } catch (IOException e) {
            return false;
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
