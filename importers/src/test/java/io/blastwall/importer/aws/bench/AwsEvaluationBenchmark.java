package io.blastwall.importer.aws.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports a synthetic account of 10,000 roles, 2,000 users and 20,000 managed policies and prints how long each
 * phase takes. Its name keeps it out of the normal build (Surefire runs *Test classes); run it with
 * {@code ./mvnw -o -B -pl importers -am test -Dtest=AwsEvaluationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class AwsEvaluationBenchmark {
    private static final int ROLES = Integer.getInteger("bench.roles", 10_000);
    private static final int USERS = Integer.getInteger("bench.users", 2_000);
    private static final int POLICIES = Integer.getInteger("bench.policies", 20_000);

    @Test
    void importsALargeAccountInSeconds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic-gaad.json");
        new SyntheticAccount(ROLES, USERS, POLICIES, 42L).write(file);
        Map<String, Long> phases = new LinkedHashMap<>();
        Map<String, Long> cpuAtPhase = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ProgressListener timing = (message, done, total) -> {
            phases.putIfAbsent(phase(message), System.nanoTime());
            cpuAtPhase.putIfAbsent(phase(message), threads.getCurrentThreadCpuTime());
        };
        ImportResult result = new SnapshotImporter(ImportOptions.defaults()).importAll(java.util.List.of(dir), timing);
        long end = System.nanoTime();
        long cpuEnd = threads.getCurrentThreadCpuTime();
        System.out.printf("synthetic export: %,d bytes, %d roles, %d users, %d managed policies%n", Files.size(file),
                ROLES, USERS, POLICIES);
        long previous = start;
        String previousName = "start";
        for (Map.Entry<String, Long> e : phases.entrySet()) {
            System.out.printf("  %-40s %6d ms%n", previousName, (e.getValue() - previous) / 1_000_000);
            previous = e.getValue();
            previousName = e.getKey();
        }
        System.out.printf("  %-40s %6d ms%n", previousName, (end - previous) / 1_000_000);
        Long evaluating = phases.get("Evaluating AWS policies");
        Long evaluatingCpu = cpuAtPhase.get("Evaluating AWS policies");
        System.out.printf("evaluation (policies to relations): %d ms wall, %d ms CPU; whole import: %d ms wall, %d ms CPU%n",
                evaluating == null ? -1 : (end - evaluating) / 1_000_000,
                evaluatingCpu == null ? -1 : (cpuEnd - evaluatingCpu) / 1_000_000,
                (end - start) / 1_000_000, (cpuEnd - cpuStart) / 1_000_000);
        Map<RelationKind, Long> kinds = result.graph().relations().stream()
                .collect(Collectors.groupingBy(Relation::kind, () -> new java.util.EnumMap<>(RelationKind.class),
                        Collectors.counting()));
        System.out.printf("graph: %d entities, %d grants, %d relations %s%n", result.graph().entities().size(),
                result.graph().grants().size(), result.graph().relations().size(), kinds);
        assertTrue(kinds.getOrDefault(RelationKind.CAN_ASSUME, 0L) > ROLES / 10, "trust relations were found");
        assertTrue(kinds.getOrDefault(RelationKind.CAN_PASS_ROLE, 0L) > 0, "pass-role relations were found");
    }

    private static String phase(String message) {
        int space = message.indexOf(' ', message.indexOf(' ') + 1);
        return message.startsWith("Reading") ? "Reading" : space < 0 ? message : message.substring(0, space)
                + (message.startsWith("Evaluating AWS") ? " policies" : "");
    }
}
