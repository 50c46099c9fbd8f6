package io.blastwall.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints the figures next to their targets. {@code java -jar benchmarks.jar} runs the
 * analysis benchmarks (JMH; further arguments are JMH options, e.g. {@code -p relations=500000});
 * {@code java -jar benchmarks.jar store [relations]} writes a generated snapshot to an embedded Neo4j.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException,
            io.blastwall.app.store.StoreException {
        if (args.length > 0 && args[0].equals("store")) {
            int relations = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
            StoreWriteRate.run(EstateSize.ofRelations(relations), System.out);
            return;
        }
        Files.deleteIfExists(BenchmarkFacts.file());
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        if (command.getIncludes().isEmpty()) {
            builder.include("io\\.blastwall\\.benchmarks\\..*");
        }
        Options options = builder.parent(command).build();
        Collection<RunResult> results = new Runner(options).run();
        summary(results, BenchmarkFacts.read(), System.out);
    }

    static void summary(Collection<RunResult> results, Properties facts, PrintStream out) {
        Map<String, Double> ms = new HashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            ms.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        out.println();
        out.println("== Blastwall benchmarks: " + facts.getProperty("estate", "?"));
        out.printf("generate %.1f s, build analysis (setup) %.1f s, runtime %s, %d cores%n",
                number(facts, "generate.seconds"), number(facts, "analysis.build.seconds"),
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.println("largest radius: " + facts.getProperty("largest", "?"));
        out.println("median radius:  " + facts.getProperty("median", "?"));
        out.println("attack path:    " + facts.getProperty("path", "?"));
        line(out, "one radius, largest (ms)", ms.get("oneRadiusLargest"), "< 50");
        line(out, "one radius, largest, every row read (ms)", ms.get("oneRadiusLargestEveryRow"), "-");
        line(out, "one radius, median (ms)", ms.get("oneRadiusMedian"), "< 50");
        line(out, "all radii (s)", ms.containsKey("allRadii") ? ms.get("allRadii") / 1000 : null, "< 5");
        line(out, "one attack path (ms)", ms.get("oneAttackPath"), "-");
        line(out, "one cut, largest (ms)", ms.get("oneCutLargest"), "< 500");
        line(out, "one cut, median (ms)", ms.get("oneCutMedian"), "< 500");
        line(out, "CSR reference BFS, largest (ms)", ms.get("csrReferenceBfs"), "-");
        double edges = number(facts, "largest.edgesScanned");
        Double radiusRate = rate(edges, ms.get("oneRadiusLargest"));
        Double csrRate = rate(edges, ms.get("csrReferenceBfs"));
        Double traversalRate = rate(edges, ms.get("traversalLargest"));
        line(out, "whole radius, largest (M edges/s)", radiusRate, "-");
        line(out, "radius traversal alone (M edges/s)", traversalRate, ">= half the CSR rate");
        line(out, "CSR reference (M edges/s)", csrRate, "-");
        if (traversalRate != null && csrRate != null) {
            line(out, "traversal / CSR rate", traversalRate / csrRate, ">= 0.5");
        }
        if (radiusRate != null && csrRate != null) {
            line(out, "whole radius / CSR rate", radiusRate / csrRate, "-");
        }
        line(out, "analysis graph (bytes/edge)", facts.containsKey("analysis.bytesPerEdge")
                ? number(facts, "analysis.bytesPerEdge") : null, "<= 40");
        line(out, "GraphIndex arrays and maps (bytes/edge)", facts.containsKey("index.bytesPerEdge")
                ? number(facts, "index.bytesPerEdge") : null, "<= 40");
        facts.stringPropertyNames().stream().filter(k -> k.startsWith("index.") && !k.endsWith("PerEdge")).sorted()
                .forEach(k -> out.printf("    %-52s %,8.2f B/edge%n", k.substring("index.".length()),
                        number(facts, k) / Math.max(1, number(facts, "relations"))));
        line(out, "model IdentityGraph (bytes/relation)", facts.containsKey("model.bytesPerRelation")
                ? number(facts, "model.bytesPerRelation") : null, "-");
        line(out, "build analysis from model (ms)", ms.get("buildAnalysis"), "-");
    }

    private static Double rate(double edges, Double millis) {
        return millis == null || edges == 0 ? null : edges / (millis / 1000) / 1e6;
    }

    private static double number(Properties facts, String key) {
        return Double.parseDouble(facts.getProperty(key, "0"));
    }

    private static void line(PrintStream out, String what, Double value, String target) {
        out.printf("%-40s %12s   target %s%n", what, value == null ? "not run" : "%,.2f".formatted(value), target);
    }
}
