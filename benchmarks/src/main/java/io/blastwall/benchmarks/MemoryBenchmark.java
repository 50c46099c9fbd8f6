package io.blastwall.benchmarks;

import io.blastwall.analysis.Analysis;
import io.blastwall.model.IdentityGraph;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Heap of the model graph ({@link IdentityGraph}, records) and of the analysis built from it ({@link Analysis}:
 * the int index, CSR rows, components, grant costs), each measured as used heap after full collections before
 * and after it exists; and the time to build the analysis from the model graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MemoryBenchmark {
    @Param("50000")
    public int identities;
    @Param("500000")
    public int resources;
    @Param("5000000")
    public int relations;

    private IdentityGraph graph;

    @Setup(Level.Trial)
    public void measure() {
        long empty = usedHeap();
        graph = EstateGenerator.generate(new EstateSize(identities, resources, relations, EstateSize.ENTERPRISE.seed()));
        long withGraph = usedHeap();
        Analysis analysis = new Analysis(graph);
        long withAnalysis = usedHeap();
        double perEdge = (double) (withAnalysis - withGraph) / graph.relationCount();
        BenchmarkFacts.put("model.bytesPerRelation", (double) (withGraph - empty) / graph.relationCount());
        BenchmarkFacts.put("analysis.bytes", withAnalysis - withGraph);
        BenchmarkFacts.put("analysis.bytesPerEdge", perEdge);
        if (analysis.graph() != graph) {
            throw new IllegalStateException("the analysis must keep its graph");
        }
    }

    /** Building the analysis (numbering, CSR rows, components, grant costs) from the model graph. */
    @Benchmark
    public Analysis buildAnalysis() {
        return new Analysis(graph);
    }

    static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
