package io.zhuanhua.devpg;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a @QuarkusTest its own fresh database on a real PostgreSQL (see {@link PostgresServer}).
 * One server per test JVM; each test resource gets a new database so tests never see each other's rows.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static PostgresServer server;

    private static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        PostgresServer pg = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.createDatabase("test"),
                "quarkus.datasource.username", pg.user(),
                "quarkus.datasource.password", pg.password());
    }

    @Override
    public void stop() {
        // The server lives for the JVM; its throwaway databases go with it.
    }
}
