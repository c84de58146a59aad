package io.zhuanhua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.netty.NettyChannelBuilder;

/**
 * The replicas of one service on this machine, and how clients reach all of them as in Kubernetes, where a
 * headless Service's DNS name resolves to every pod and the gRPC client balances round-robin over them.
 * Replica i listens on 127.0.0.(i+1), all on the same port. chat-service resolves the replicas of
 * metrics-service through DNS too: its JVM reads a hosts file that maps {@value #HEADLESS_NAME} to every
 * replica's address, so it runs the very configuration of deploy/ (host name, {@code round_robin}).
 */
final class Replicas {
    /** The name chat-service resolves, as the headless Service is called in deploy/. */
    static final String HEADLESS_NAME = "metrics-service-headless";

    private final List<String> hosts;
    private final Path hostsFile;

    Replicas(List<String> hosts, Path hostsFile) {
        this.hosts = hosts;
        this.hostsFile = hostsFile;
    }

    /** The loopback addresses of n replicas. */
    static List<String> hosts(int replicas) {
        if (replicas < 1 || replicas > 9) {
            throw new IllegalArgumentException("1 to 9 replicas, not " + replicas);
        }
        return IntStream.rangeClosed(1, replicas).mapToObj(i -> "127.0.0." + i).toList();
    }

    /** A plaintext channel to the replicas: directly to a single one, round-robin over several. */
    static NettyChannelBuilder channel(List<String> hosts, int port) {
        if (hosts.size() == 1) {
            return NettyChannelBuilder.forAddress(hosts.get(0), port).usePlaintext();
        }
        List<EquivalentAddressGroup> addresses = hosts.stream()
                .map(host -> new EquivalentAddressGroup(new InetSocketAddress(host, port))).toList();
        // The suite's JVM resolves names normally, so its clients get the replicas' addresses from a resolver
        // of their own; the balancing policy is the one the services use.
        return NettyChannelBuilder.forTarget("replicas:///" + port).nameResolverFactory(new Fixed(addresses))
                .defaultLoadBalancingPolicy("round_robin").usePlaintext();
    }

    /**
     * The gRPC client properties with which a service reaches these replicas: the address of a single one,
     * or the headless name with round_robin and the hosts file that resolves it (written here).
     *
     * @param jdbcUrl the service's database, whose host must still resolve with the hosts file
     */
    Map<String, String> clientProperties(String client, int port, String jdbcUrl) {
        Map<String, String> properties = new LinkedHashMap<>();
        String prefix = "quarkus.grpc.clients." + client + ".";
        properties.put(prefix + "port", String.valueOf(port));
        if (hosts.size() == 1) {
            properties.put(prefix + "host", hosts.get(0));
            return properties;
        }
        properties.put(prefix + "host", HEADLESS_NAME);
        properties.put(prefix + "load-balancing-policy", "round_robin");
        properties.put("jdk.net.hosts.file", writeHostsFile(URI.create(jdbcUrl.substring("jdbc:".length())).getHost())
                .toString());
        return properties;
    }

    /**
     * The hosts file replaces name resolution for the whole JVM, so besides the headless name it keeps
     * what the service resolves anyway: localhost, this machine's name and the database's host.
     */
    private Path writeHostsFile(String databaseHost) {
        Set<String> lines = new LinkedHashSet<>();
        hosts.forEach(host -> lines.add(host + " " + HEADLESS_NAME));
        lines.add("127.0.0.1 localhost");
        try {
            InetAddress self = InetAddress.getLocalHost();
            lines.add(self.getHostAddress() + " " + self.getHostName());
            for (InetAddress address : InetAddress.getAllByName(databaseHost)) {
                lines.add(address.getHostAddress() + " " + databaseHost);
            }
            Files.createDirectories(hostsFile.getParent());
            Files.write(hostsFile, lines, StandardCharsets.UTF_8);
            return hostsFile;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot resolve " + e.getMessage() + " for the replicas' hosts file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hostsFile, e);
        }
    }

    /** Resolves to a fixed list of addresses. */
    private static final class Fixed extends NameResolver.Factory {
        private final List<EquivalentAddressGroup> addresses;

        Fixed(List<EquivalentAddressGroup> addresses) {
            this.addresses = addresses;
        }

        @Override
        public NameResolver newNameResolver(URI target, NameResolver.Args args) {
            return new NameResolver() {
                @Override
                public String getServiceAuthority() {
                    return "replicas";
                }

                @Override
                public void start(Listener2 listener) {
                    listener.onResult(ResolutionResult.newBuilder().setAddresses(addresses).build());
                }

                @Override
                public void shutdown() {
                    // nothing to release
                }
            };
        }

        @Override
        public String getDefaultScheme() {
            return "replicas";
        }
    }
}
