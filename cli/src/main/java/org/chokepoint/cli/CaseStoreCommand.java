package org.chokepoint.cli;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the {@code parties} and {@code trail} subcommands share: the {@code --home} option and the case store it
 * names ({@code CHOKEPOINT_DB_URL}, else {@code database.properties}, else the embedded file), opened over an engine
 * that loads the list snapshot only when something is screened.
 */
abstract class CaseStoreCommand {
    /** Flyway notes every schema check on standard error; a command's output is its result (warnings still show). */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        quietMigrations();
    }

    /** Also for the commands that write to the store without being one of these ({@code screen}, {@code lists}). */
    static void quietMigrations() {
        FLYWAY.setLevel(Level.WARNING);
    }

    @Option(names = "--home", description = "Home folder (default: -Dchokepoint.home, else CHOKEPOINT_HOME, else ./.chokepoint).")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Cases open() throws IOException {
        Config env = Config.fromEnvironment();
        Config config = home == null ? env : Config.of(env.dataDir(), home);
        Chokepoint engine = Chokepoint.open(config, spec.commandLine().getErr()::println);
        return Cases.open(engine, StoreConfig.resolve(config.home(), System.getenv()), CasesOptions.fromEnvironment());
    }

    /** Who a command-line action is recorded as on the trail. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
