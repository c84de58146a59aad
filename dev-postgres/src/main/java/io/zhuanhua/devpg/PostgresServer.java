package io.zhuanhua.devpg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server that hands out fresh databases. External when {@code ZHUANHUA_PG_URL} (a JDBC URL of
 * a database the user may CREATE DATABASE from, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * with {@code ZHUANHUA_PG_USER} and {@code ZHUANHUA_PG_PASSWORD}) is set; embedded otherwise.
 */
public final class PostgresServer implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final String adminUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The configured external server, or a new embedded one. */
    public static PostgresServer start() {
        String external = System.getenv("ZHUANHUA_PG_URL");
        if (external != null && !external.isBlank()) {
            return new PostgresServer(null, external, env("ZHUANHUA_PG_USER", "postgres"),
                    env("ZHUANHUA_PG_PASSWORD", ""));
        }
        try {
            // The server log comes out through the tests' logging: like a production server, it must not quote
            // rows (chat text, phone numbers) when a statement fails, so no DETAIL and no statement.
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic").start();
            return new PostgresServer(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** Creates an empty database whose name starts with the prefix; returns its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection c = connect(adminUrl);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + adminUrl, e);
        }
        created.add(name);
        return jdbcUrlOf(name);
    }

    /**
     * A connection to a database of this server. The driver is called directly: DriverManager only hands out
     * drivers visible to the caller's class loader, which fails under Maven's exec:java.
     */
    public Connection connect(String jdbcUrl) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.postgresql.Driver().connect(jdbcUrl, credentials);
    }

    /** JDBC URL of a database on this server (the last path segment of the admin URL is swapped). */
    public String jdbcUrlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /**
     * Stops an embedded server, whose data goes with it; on an external server drops the databases this one
     * created, which would otherwise pile up (a report benchmark leaves gigabytes).
     */
    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        for (String name : created) {
            try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
                // FORCE: a pool of the stopped application may still hold idle connections.
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop database " + name + ": " + e.getMessage());
            }
        }
        created.clear();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
