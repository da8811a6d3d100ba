// Starts a real Neo4j Community DBMS in-process with the Bolt server on HOST:PORT (the same engine and Bolt
// server as the official Docker image), for tests and local use without Docker.
// Usage: java -cp 'build:lib/*' Neo4jServer --home DIR --host 127.0.0.1 --port 7687 [--pagecache-mb 256] [--password P]
// Without --password, authentication is disabled. Prints "neo4j-local: READY bolt://…" once the default database
// answers; SIGTERM/SIGINT shut it down cleanly (checkpoint and store close).
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class Neo4jServer {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(opt(args, "--home", ".neo4j")).toAbsolutePath();
        String host = opt(args, "--host", "127.0.0.1");
        int port = Integer.parseInt(opt(args, "--port", "7687"));
        long pageCache = Long.parseLong(opt(args, "--pagecache-mb", "256")) * 1024L * 1024L;
        String password = opt(args, "--password", "");
        boolean auth = !password.isEmpty();
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.logs_directory, logs)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-local: shutting down");
            dbms.shutdown();
            System.out.println("neo4j-local: stopped");
        }, "neo4j-shutdown"));

        if (auth) {
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                System.out.println("neo4j-local: password not changed: " + e.getMessage());
            }
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.printf("neo4j-local: READY bolt://%s:%d home=%s auth=%s startup_ms=%d%n",
                host, port, home, auth, (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static String opt(String[] a, String name, String def) {
        for (int i = 0; i + 1 < a.length; i++) if (a[i].equals(name)) return a[i + 1];
        return def;
    }
}
