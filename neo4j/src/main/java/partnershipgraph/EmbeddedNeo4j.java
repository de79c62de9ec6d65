package partnershipgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j Community embedded with one Bolt connector, for people who have a JDK but no Neo4j.
 *
 * <p>Usage: {@code java <add-opens> -cp ... partnershipgraph.EmbeddedNeo4j --data-dir DIR [--host H] [--port P]
 * [--exit-on-stdin-eof]} with the password of user {@code neo4j} in the environment variable NEO4J_PASSWORD (not an
 * argument, so that it does not show in the process list). Port 0 picks a free port. Prints {@code NEO4J_READY
 * bolt://HOST:PORT} on stdout once Bolt accepts connections, and {@code NEO4J_STOPPED} after a clean shutdown.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parseArgs(args);
    String dataDir = options.get("data-dir");
    if (dataDir == null) {
      fail("--data-dir is required");
    }
    String host = options.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(options.getOrDefault("port", "0"));
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to a password of at least 8 characters (Neo4j's minimum)");
    }

    AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    // The JVM runs this on SIGINT/SIGTERM and on System.exit: the store is closed cleanly, so no recovery next time.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  DatabaseManagementService dbms = running.getAndSet(null);
                  if (dbms != null) {
                    dbms.shutdown();
                    System.out.println("NEO4J_STOPPED");
                    System.out.flush();
                  }
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    if (options.containsKey("exit-on-stdin-eof")) {
      // The parent holds our stdin open; when it dies, even by SIGKILL, stdin closes and we shut down
      // instead of being left behind as an orphan holding the store lock and the port. Watched from the
      // start, so that this holds while Neo4j is still starting too.
      Thread watcher =
          new Thread(
              () -> {
                drain(System.in);
                System.exit(0);
              },
              "parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(Path.of(dataDir).toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // Bolt waits 5 s + 5 s by default for connections and threads to finish after the databases have
            // stopped; Ctrl-C should not take 10 s longer than needed.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Sized for a shared 2-core laptop and a dataset of a few thousand records. The benchmark raises
            // the transaction limits with -Dpartnershipgraph.txMaxMb=… (and a bigger -Xmx) to load 100k nodes
            // in one transaction; Community has no dbms.setConfigValue to change them later.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(192))
            .setConfig(
                GraphDatabaseSettings.memory_transaction_global_max_size,
                ByteUnit.mebiBytes(Long.getLong("partnershipgraph.txTotalMaxMb", 256)))
            .setConfig(
                GraphDatabaseSettings.memory_transaction_max_size,
                ByteUnit.mebiBytes(Long.getLong("partnershipgraph.txMaxMb", 128)))
            // A safety net for runaway queries; the API sets its own, shorter timeouts per query.
            .setConfig(
                GraphDatabaseSettings.transaction_timeout,
                Duration.ofSeconds(Long.getLong("partnershipgraph.txTimeoutSeconds", 60)))
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // READ access mode alone still lets LOAD CSV read any file of the host through file:/// URLs.
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .build();
    running.set(dbms);

    setPassword(dbms, password);

    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    HostnamePort bolt =
        db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
    System.out.println("NEO4J_READY bolt://" + host + ":" + bolt.getPort());
    System.out.flush();

    stopped.await();
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      // Embedded transactions run with full rights, so this needs no login as neo4j/neo4j first.
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // A restart with the same password: Neo4j refuses to "change" a password to itself.
      if (!e.getMessage().contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static void drain(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) != -1) {
        // Input is ignored; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the parent is gone, the same as end of input.
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        fail("unexpected argument: " + arg);
      }
      String name = arg.substring(2);
      if (name.equals("exit-on-stdin-eof")) {
        options.put(name, "true");
      } else if (i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        fail("missing value for " + arg);
      }
    }
    return options;
  }

  private static void fail(String message) {
    System.err.println("EmbeddedNeo4j: " + message);
    System.exit(2);
  }
}
