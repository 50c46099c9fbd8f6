package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.IdentityGraph;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void facadeAnswersLikeTheSeparateAnalyses() {
        IdentityGraph g = TestGraph.create().roles("A", "B").crownJewel("J")
                .assume("A", "B", "g1")
                .access("B", "J", AccessLevel.ADMIN, "s3:*", "g2")
                .build();

        Analysis analysis = new Analysis(g);

        assertSame(g, analysis.graph());
        assertEquals(new BlastRadiusAnalyzer(g).radius(id("A")), analysis.radii().radius(id("A")));
        assertEquals(new AttackPathFinder(g).toCrownJewels(id("A")), analysis.paths().toCrownJewels(id("A")));
        assertEquals(new CutAdvisor(g).minimumCutToCrownJewels(id("A")), analysis.cuts().minimumCutToCrownJewels(id("A")));
    }
}
