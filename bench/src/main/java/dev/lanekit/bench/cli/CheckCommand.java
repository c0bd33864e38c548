package dev.lanekit.bench.cli;

import dev.lanekit.proofs.Property;
import dev.lanekit.proofs.PropertySuite;
import dev.lanekit.proofs.Theories;
import dev.lanekit.provider.Providers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lanekit check}: runs every property suite on the class path against the provider active in this
 * JVM and prints a pass/fail summary per kernel. It is the correctness regression check after a JDK or
 * hardware change, and runs the same properties as the test suite.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the property checks against the kernels active on this machine and JDK;"
                + " exit 1 when any fails.")
public final class CheckCommand implements Subcommand, Callable<Integer> {

    /** Lines of a failure message printed; QuickTheories' messages carry the falsifying example first. */
    private static final int MESSAGE_LINES = 12;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--tries"}, paramLabel = "N",
            description = "Examples per property (default: -Dlanekit.tries, else 100).")
    Integer tries;

    @Option(names = {"-k", "--kernel"}, paramLabel = "NAME",
            description = "Check only this kernel (repeatable). Default: every kernel.")
    List<String> kernels = new ArrayList<>();

    /** The outcome of the properties of one kernel. */
    private static final class Tally {
        int passed;
        long millis;
        final List<String> failures = new ArrayList<>();
    }

    /** Creates the command; picocli sets its options. */
    public CheckCommand() {}

    @Override
    public Integer call() {
        int examples = tries != null ? tries : Theories.defaultTries();
        if (examples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--tries " + examples + " is invalid: give a count >= 1");
        }
        List<Property> properties = selectedProperties();
        PrintWriter out = spec.commandLine().getOut();
        if (properties.isEmpty()) {
            // Passing on zero properties would hide a build that lost its suites.
            spec.commandLine().getErr().println("check: no property suite found on the class path"
                    + " (META-INF/services/dev.lanekit.proofs.PropertySuite is empty or missing)");
            return ExitCodes.CHECK_FAILED;
        }

        out.println("Provider: " + Providers.info().summary());
        out.println("Running " + properties.size() + " properties with " + examples + " examples each");
        out.println();
        out.flush();

        Map<String, Tally> byKernel = new LinkedHashMap<>();
        for (Property property : properties) {
            Tally tally = byKernel.computeIfAbsent(property.kernel(), k -> new Tally());
            long start = System.nanoTime();
            try {
                property.check(examples);
                tally.passed++;
            } catch (AssertionError | RuntimeException e) {
                tally.failures.add(property.name() + ": " + firstLines(String.valueOf(e.getMessage())));
            }
            tally.millis += (System.nanoTime() - start) / 1_000_000;
        }
        return printSummary(out, byKernel);
    }

    private List<Property> selectedProperties() {
        List<Property> properties = new ArrayList<>();
        for (PropertySuite suite : PropertySuite.all()) {
            for (Property property : suite.properties()) {
                if (kernels.isEmpty() || kernels.contains(property.kernel())) {
                    properties.add(property);
                }
            }
        }
        if (properties.isEmpty() && !kernels.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no property checks kernel(s) " + kernels + "; known kernels: " + knownKernels());
        }
        return properties;
    }

    private static List<String> knownKernels() {
        return PropertySuite.all().stream()
                .flatMap(suite -> suite.properties().stream())
                .map(Property::kernel)
                .distinct()
                .toList();
    }

    private static int printSummary(PrintWriter out, Map<String, Tally> byKernel) {
        int passed = 0;
        int failed = 0;
        out.printf(Locale.ROOT, "%-16s %8s %8s %10s%n", "kernel", "passed", "failed", "time (ms)");
        for (Map.Entry<String, Tally> entry : byKernel.entrySet()) {
            Tally tally = entry.getValue();
            out.printf(Locale.ROOT, "%-16s %8d %8d %10d%s%n", entry.getKey(), tally.passed, tally.failures.size(),
                    tally.millis, tally.failures.isEmpty() ? "" : "  FAILED");
            passed += tally.passed;
            failed += tally.failures.size();
        }
        for (Map.Entry<String, Tally> entry : byKernel.entrySet()) {
            for (String failure : entry.getValue().failures) {
                out.println();
                out.println("FAILED " + entry.getKey() + " / " + failure);
            }
        }
        out.println();
        out.println("check: " + passed + " properties passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static String firstLines(String message) {
        String[] lines = message.split("\n");
        if (lines.length <= MESSAGE_LINES) {
            return message;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, MESSAGE_LINES))
                + "\n  ... (" + (lines.length - MESSAGE_LINES) + " more lines)";
    }
}
