import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community DBMS with Bolt on 127.0.0.1, auth disabled.
 * Usage: java [-Dneo4j.pagecache.mb=N] -cp 'lib/*:classes' Launcher HOME BOLT_PORT [HTTP_PORT]
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the default database answers;
 * SIGTERM/SIGINT shut the DBMS down cleanly. HOME/neo4j.conf, if present, adds raw settings.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher HOME BOLT_PORT [HTTP_PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int bolt = Integer.parseInt(args[1]);
        int http = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long pageCacheMb = Long.getLong("neo4j.pagecache.mb", 1024L);
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Embedded 5.26 otherwise sends anonymous usage data to neo4j.com.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits 5 s per event-loop group (twice) on shutdown by default.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", bolt))
                .setConfig(HttpConnector.enabled, http > 0);
        if (http > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", http));
        }
        Path extra = home.resolve("neo4j.conf");
        if (Files.exists(extra)) {
            builder.loadPropertiesFromFile(extra);
        }
        DatabaseManagementService dbms = builder.build(); // blocks until up; throws on failure
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-stop"));
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + bolt);
        System.out.flush();
        Thread.currentThread().join(); // park; the shutdown hook stops Neo4j
    }
}
