import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded (DatabaseManagementService) with the Bolt
 * connector, because Maven Central has the embedded jars but not the server
 * tarball. Started and stopped by server/neo4j/local-neo4j.ts.
 *
 * Usage: java -cp lib/*:classes KamergraafNeo4j <homeDir> [--exit-on-stdin-close] key=value...
 * The key=value pairs are neo4j.conf settings (from neo4j-settings.json).
 * The password comes from the environment (KAMERGRAAF_NEO4J_PASSWORD), never
 * from the command line, so it does not show up in `ps`.
 */
public final class KamergraafNeo4j {
    static final String READY = "KAMERGRAAF_NEO4J_READY";
    static final String FAILED = "KAMERGRAAF_NEO4J_FAILED";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(FAILED + " usage: KamergraafNeo4j <homeDir> [--exit-on-stdin-close] key=value...");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        boolean exitOnStdinClose = false;
        Map<String, String> raw = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--exit-on-stdin-close")) {
                exitOnStdinClose = true;
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                System.err.println(FAILED + " bad setting (expected key=value): " + arg);
                System.exit(2);
            }
            raw.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String password = System.getenv("KAMERGRAAF_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println(FAILED + " KAMERGRAAF_NEO4J_PASSWORD must be set and at least 8 characters long");
            System.exit(2);
        }

        Files.createDirectories(home);
        final DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(writeConf(home, raw)).build();
        } catch (Throwable e) {
            System.err.println(FAILED + " could not start Neo4j: " + rootMessage(e));
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM / SIGINT / System.exit all run this hook, so the store is
        // always closed cleanly and the next start does not need recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KAMERGRAAF_NEO4J_STOPPING");
            try {
                service.shutdown();
            } finally {
                stopped.countDown();
                System.out.println("KAMERGRAAF_NEO4J_STOPPED");
            }
        }, "kamergraaf-neo4j-shutdown"));

        try {
            setPassword(service, password);
        } catch (Throwable e) {
            System.err.println(FAILED + " could not set the neo4j password: " + rootMessage(e));
            System.exit(1);
        }

        if (exitOnStdinClose) {
            // The parent (node) holds our stdin pipe. When it dies, even by
            // SIGKILL, the pipe closes and we shut down: no orphan JVM.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // discard
                    }
                } catch (IOException ignored) {
                    // closed pipe counts as parent gone
                }
                System.exit(0);
            }, "kamergraaf-parent-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        String listen = raw.getOrDefault("server.bolt.listen_address", "127.0.0.1:7687");
        System.out.println(READY + " bolt://" + listen + " pid=" + ProcessHandle.current().pid());
        System.out.flush();
        stopped.await();
    }

    /**
     * Sets the neo4j user's password on every start so the store always
     * matches the password the TS side hands us (NEO4J_PASSWORD or the
     * generated .neo4j/password). Embedded transactions on the system
     * database run without auth, which is what makes this possible.
     */
    static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String message = rootMessage(e);
            // Neo4j refuses to "change" a password to the one already set.
            if (message == null || !message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** The builder only takes raw neo4j.conf settings from a file, so we write one. */
    static Path writeConf(Path home, Map<String, String> raw) throws IOException {
        StringBuilder conf = new StringBuilder("# written by KamergraafNeo4j on every start, from neo4j-settings.json\n");
        raw.forEach((key, value) -> conf.append(key).append('=').append(value).append('\n'));
        Path file = home.resolve("kamergraaf-neo4j.conf");
        Files.writeString(file, conf.toString());
        return file;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
