package io.blastwall.benchmarks;

import io.blastwall.analysis.AttackPath;
import io.blastwall.analysis.BlastRadius;
import io.blastwall.analysis.Cut;
import io.blastwall.analysis.ProgressListener;
import io.blastwall.analysis.RadiusSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analysis at benchmark scale, whole radius semantics (paths and evidence included), next to the plain CSR
 * search of the same edges from the same identity. The largest radius is the worst case; the median identity
 * is the typical one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBenchmarks {

    @Benchmark
    public BlastRadius oneRadiusLargest(EstateState estate) {
        return estate.analysis.radii().radius(estate.largest);
    }

    /**
     * The largest radius with every row read: each {@link io.blastwall.analysis.ReachedResource} and
     * {@link io.blastwall.analysis.ReachedIdentity} made with its actions and full path (rows are made on demand,
     * so {@link #oneRadiusLargest} alone does not pay for them).
     */
    @Benchmark
    public long oneRadiusLargestEveryRow(EstateState estate) {
        BlastRadius radius = estate.analysis.radii().radius(estate.largest);
        long hops = 0;
        for (var r : radius.identities()) {
            hops += r.path().hops();
        }
        for (var r : radius.resources()) {
            hops += r.path().hops() + r.actions().size();
        }
        return hops;
    }

    @Benchmark
    public BlastRadius oneRadiusMedian(EstateState estate) {
        return estate.analysis.radii().radius(estate.median);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public List<RadiusSummary> allRadii(EstateState estate) {
        return estate.analysis.radii().all(ProgressListener.NONE);
    }

    @Benchmark
    public Optional<AttackPath> oneAttackPath(EstateState estate) {
        return estate.analysis.paths().shortest(estate.largest, estate.farthestJewel);
    }

    @Benchmark
    public Cut oneCutLargest(EstateState estate) {
        return estate.analysis.cuts().minimumCutToCrownJewels(estate.largest);
    }

    @Benchmark
    public Cut oneCutMedian(EstateState estate) {
        return estate.analysis.cuts().minimumCutToCrownJewels(estate.median);
    }

    /** The radius's traversal alone (search and access offers on the analysis index), without result values. */
    @Benchmark
    public int traversalLargest(EstateState estate) {
        return estate.probe.traverse(estate.largest);
    }

    @Benchmark
    public int csrReferenceBfs(EstateState estate) {
        return estate.csr.bfs(estate.largestNumber);
    }
}
