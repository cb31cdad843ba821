package org.chokepoint.server;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.app.Config;
import org.chokepoint.server.auth.ApiKey;
import org.chokepoint.server.auth.KeyStore;
import org.chokepoint.server.auth.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of the server jar: {@code chokepoint serve}, {@code chokepoint keys ...} and {@code chokepoint users ...}
 * (the launcher script hands these commands to this jar; the command-line jar does not depend on the server).
 */
@Command(name = "chokepoint", mixinStandardHelpOptions = true, version = "chokepoint 0.1.0",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Chokepoint server: the HTTP API, its API keys and the review page's users.",
        subcommands = {CommandLine.HelpCommand.class, ServerMain.Serve.class, ServerMain.Keys.class, UsersCommand.class})
public final class ServerMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("CHOKEPOINT_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cli.execute(args);
    }

    @Command(name = "serve", description = {"Serves the HTTP API on the active snapshot (see docs/server.md).",
            "Binds 127.0.0.1:8080 by default. HTTPS: --keystore FILE.p12 with CHOKEPOINT_KEYSTORE_PASSWORD set."})
    static final class Serve implements Callable<Integer> {
        private static final Logger LOG = LoggerFactory.getLogger("chokepoint");

        @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port)")
        int port = 8080;

        @Option(names = "--host", description = "Interface to bind (default ${DEFAULT-VALUE}; 0.0.0.0 for all)")
        String host = "127.0.0.1";

        @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 keystore: serve HTTPS (password from CHOKEPOINT_KEYSTORE_PASSWORD)")
        Path keystore;

        @Option(names = "--max-batch", description = "Most records in one screen or decide batch (default ${DEFAULT-VALUE})")
        int maxBatch = ServerConfig.Limits.defaults().maxBatch();

        @Option(names = "--max-upload-mb", description = "Largest audit upload in MiB (default ${DEFAULT-VALUE})")
        long maxUploadMb = ServerConfig.Limits.defaults().maxUploadBytes() >> 20;

        @Option(names = "--max-concurrent", description = "Requests one key may have in flight (default ${DEFAULT-VALUE})")
        int maxConcurrent = ServerConfig.Limits.defaults().maxConcurrentPerKey();

        @Override
        public Integer call() throws InterruptedException, IOException {
            if (keystore != null && !Files.isReadable(keystore)) throw new IllegalArgumentException("cannot read keystore " + keystore);
            ServerConfig.Limits d = ServerConfig.Limits.defaults();
            ServerConfig.Limits limits = new ServerConfig.Limits(d.maxBodyBytes(), maxBatch, d.maxMatchQueries(), d.maxNameLength(),
                    maxUploadMb << 20, maxConcurrent, d.maxAuditJobs());
            ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withLimits(limits);
            if (keystore != null) config = config.withTls(keystore, System.getenv("CHOKEPOINT_KEYSTORE_PASSWORD"));
            Chokepoint engine = Chokepoint.open(Config.fromEnvironment(), LOG::info);
            StoreConfig store = StoreConfig.resolve(engine.config().home(), System.getenv());
            Cases cases = Cases.open(engine, store, CasesOptions.fromEnvironment());
            LOG.info("cases in {}", store.describe());
            Server server = Server.start(engine, cases, config);
            LOG.info("listening on {}://{}:{} (home {})", keystore == null ? "http" : "https", host, server.port(), engine.config().home());
            if (new KeyStore(engine.config().home()).list().isEmpty()) {
                LOG.warn("no API keys yet: create one with 'chokepoint keys create --role admin --name NAME'");
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                cases.close();
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        }
    }

    @Command(name = "keys", description = "API keys of the server (stored hashed in the home's keys.json).",
            subcommands = {Keys.Create.class, Keys.ListKeys.class, Keys.Revoke.class})
    static final class Keys implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        static KeyStore store() {
            return new KeyStore(Config.fromEnvironment().home());
        }

        @Command(name = "create", description = "Create a key; it is printed once, on its own line, and never stored.")
        static final class Create implements Callable<Integer> {
            @Option(names = "--role", required = true, description = "screen, review or admin")
            String role;

            @Option(names = "--name", required = true, description = "who or what the key is for")
            String name;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws IOException {
                Role r = Role.parse(role).orElseThrow(() -> new IllegalArgumentException("unknown --role '" + role + "' (screen, review or admin)"));
                KeyStore.Created c = store().create(name, r);
                spec.commandLine().getErr().printf("created key %s (%s, role %s); it is shown once:%n", c.stored().id(), c.stored().name(), r.label());
                spec.commandLine().getOut().println(c.key());
                return 0;
            }
        }

        @Command(name = "list", description = "List the keys (ids, names, roles, dates; never the keys).")
        static final class ListKeys implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws IOException {
                PrintWriter out = spec.commandLine().getOut();
                List<ApiKey> keys = store().list();
                out.printf(Locale.ROOT, "%-14s %-7s %-9s %-24s %s%n", "id", "role", "state", "created", "name");
                for (ApiKey k : keys) {
                    out.printf(Locale.ROOT, "%-14s %-7s %-9s %-24s %s%n", k.id(), k.role().label(), k.active() ? "active" : "revoked",
                            k.created(), k.name());
                }
                return 0;
            }
        }

        @Command(name = "revoke", description = "Revoke a key by id; a running server refuses it within a second.")
        static final class Revoke implements Callable<Integer> {
            @Parameters(paramLabel = "ID")
            String id;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws IOException {
                if (!store().revoke(id)) throw new IllegalArgumentException("no active key with id " + id + " (see 'chokepoint keys list')");
                spec.commandLine().getOut().println("revoked " + id);
                return 0;
            }
        }
    }
}
