package org.chokepoint.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Benchmarks and quality evaluations, one subcommand per capability. Run with
 * {@code java -jar bench/target/chokepoint-bench.jar <subcommand>}; JMH micro-benchmarks run with
 * {@code java -cp bench/target/chokepoint-bench.jar org.openjdk.jmh.Main}.
 */
@Command(name = "chokepoint-bench",
        mixinStandardHelpOptions = true,
        description = "Measures speed, memory and quality on the bundled data and the evaluation sets.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ListsBench.class,
                DecideBench.class,
                ReadListsBench.class,
                NamesBench.class,
                IndexBench.class,
                AuditBench.class,
                AuditCalibrationBench.class,
                HttpLoadBench.class,
                MonitorBench.class,
                PeersBench.class,
                ScaleBench.class,
                QualityGate.class,
                BatchInputBench.class,
        })
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
