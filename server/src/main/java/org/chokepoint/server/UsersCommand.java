package org.chokepoint.server;

import org.chokepoint.app.Chokepoint;
import org.chokepoint.app.Config;
import org.chokepoint.cases.Cases;
import org.chokepoint.cases.CasesOptions;
import org.chokepoint.cases.db.StoreConfig;
import org.chokepoint.cases.users.User;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code chokepoint users create|list|disable}: the review page's users, in the case database the server uses. */
@Command(name = "users", description = "Users of the review page (/review), stored in the case database.",
        subcommands = {UsersCommand.Create.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class})
final class UsersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The case store the server would open (CHOKEPOINT_DB_URL, the home's database.properties, or the embedded file). */
    static Cases open() throws IOException {
        Chokepoint engine = Chokepoint.open(Config.fromEnvironment(), notice -> { });
        return Cases.open(engine, StoreConfig.resolve(engine.config().home(), System.getenv()), CasesOptions.fromEnvironment());
    }

    /** Who ran the command, for the trail. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    @Command(name = "create", description = {"Create a user. The password comes from CHOKEPOINT_USER_PASSWORD when set,",
            "else from the terminal (asked twice, not echoed), else from the first line of standard input."})
    static final class Create implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "the username (a-z 0-9 . _ @ -)")
        String name;

        @Option(names = "--role", required = true, description = "review or admin")
        String role;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword();
            try (Cases cases = open()) {
                User u = cases.users().create(name, password, role, actor());
                spec.commandLine().getOut().printf("created user %s (role %s)%n", u.username(), u.role());
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] readPassword() throws IOException {
            String env = System.getenv("CHOKEPOINT_USER_PASSWORD");
            if (env != null && !env.isEmpty()) return env.toCharArray();
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("password: ");
                char[] again = console.readPassword("again: ");
                if (first == null || !Arrays.equals(first, again)) throw new IllegalArgumentException("the two passwords differ");
                Arrays.fill(again, '\0');
                return first;
            }
            // not a terminal: the first line of standard input (a pipe from a secret store)
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new IllegalArgumentException("no password: set CHOKEPOINT_USER_PASSWORD or pipe it on standard input");
            return line.toCharArray();
        }
    }

    @Command(name = "list", description = "List the users (names, roles, dates; never the password hashes).")
    static final class ListUsers implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (Cases cases = open()) {
                out.printf(Locale.ROOT, "%-24s %-7s %-9s %s%n", "name", "role", "state", "created");
                for (User u : cases.users().list()) {
                    out.printf(Locale.ROOT, "%-24s %-7s %-9s %s%n", u.username(), u.role(), u.active() ? "active" : "disabled", u.createdAt());
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable a user; the user's sessions end at once.")
    static final class Disable implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Cases cases = open()) {
                if (!cases.users().disable(name, actor())) {
                    throw new IllegalArgumentException("no active user '" + name + "' (see 'chokepoint users list')");
                }
            }
            spec.commandLine().getOut().println("disabled " + name);
            return 0;
        }
    }
}
