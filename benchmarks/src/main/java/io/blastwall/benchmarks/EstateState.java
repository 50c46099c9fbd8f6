package io.blastwall.benchmarks;

import io.blastwall.analysis.Analysis;
import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.RadiusSummary;
import io.blastwall.analysis.TraversalProbe;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One generated estate per fork, with its {@link Analysis}, the CSR reference and the identities the benchmarks
 * ask about: the one with the largest blast radius (the worst case) and the median one of the ranking.
 */
@State(Scope.Benchmark)
public class EstateState {
    @Param("50000")
    public int identities;
    @Param("500000")
    public int resources;
    @Param("5000000")
    public int relations;

    IdentityGraph graph;
    Analysis analysis;
    CsrReference csr;
    TraversalProbe probe;
    EntityId largest;
    EntityId median;
    EntityId farthestJewel;
    int largestNumber;

    @Setup(Level.Trial)
    public void generate() {
        EstateSize size = new EstateSize(identities, resources, relations, EstateSize.ENTERPRISE.seed());
        long t0 = System.nanoTime();
        graph = EstateGenerator.generate(size);
        long t1 = System.nanoTime();
        analysis = new Analysis(graph);
        long t2 = System.nanoTime();
        csr = new CsrReference(graph);
        probe = new TraversalProbe(graph);
        long indexBytes = 0;
        for (var part : probe.bytes().entrySet()) {
            BenchmarkFacts.put("index." + part.getKey(), part.getValue());
            indexBytes += part.getValue();
        }
        BenchmarkFacts.put("index.bytesPerEdge", (double) indexBytes / probe.relationCount());
        List<RadiusSummary> ranking = analysis.radii().all(ProgressListener.NONE);
        largest = ranking.get(0).identity();
        median = ranking.get(ranking.size() / 2).identity();
        largestNumber = csr.number(largest);
        List<AttackPath> paths = analysis.paths().toCrownJewels(largest);
        farthestJewel = paths.isEmpty() ? largest : paths.get(paths.size() - 1).target();
        BlastRadius big = analysis.radii().radius(largest);
        BlastRadius typical = analysis.radii().radius(median);
        BenchmarkFacts.put("estate", size.describe() + ": " + graph.entityCount() + " entities, "
                + graph.grants().size() + " grants, " + graph.relationCount() + " relations");
        BenchmarkFacts.put("generate.seconds", (t1 - t0) / 1e9);
        BenchmarkFacts.put("analysis.build.seconds", (t2 - t1) / 1e9);
        BenchmarkFacts.put("largest", largest + " (" + big.identities().size() + " identities, "
                + big.resources().size() + " resources, " + big.crownJewels().size() + " crown jewels)");
        BenchmarkFacts.put("median", median + " (" + typical.identities().size() + " identities, "
                + typical.resources().size() + " resources)");
        BenchmarkFacts.put("path", largest + " -> " + farthestJewel + ", " + (paths.isEmpty() ? 0
                : paths.get(paths.size() - 1).hops()) + " hops");
        BenchmarkFacts.put("csr.edges", csr.edgeCount());
        BenchmarkFacts.put("relations", graph.relationCount());
        BenchmarkFacts.put("largest.edgesScanned", csr.edgesScanned(largestNumber));
        BenchmarkFacts.put("median.edgesScanned", csr.edgesScanned(csr.number(median)));
    }
}
