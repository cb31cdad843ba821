package org.chokepoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.chokepoint.cli.screen.ScreenCommand;

/** Entry point of the {@code chokepoint} command. Each capability is one subcommand class. */
@Command(name = "chokepoint",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand
        version = "chokepoint 0.1.0",
        description = "Export-control and sanctions compliance engine: lists, screening, decisions, audits, the audit trail.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ListsCommand.class,
                DecideCommand.class,
                AuditCommand.class,
                ScreenCommand.class,
                TrailCommand.class,
                PartiesCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A user-facing error names what is wrong; internals (stack traces) only with CHOKEPOINT_DEBUG.
            commandLine.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("CHOKEPOINT_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cli.execute(args);
    }
}
