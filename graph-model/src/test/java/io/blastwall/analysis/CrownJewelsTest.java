package io.blastwall.analysis;

import static io.blastwall.analysis.TestGraph.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CrownJewelsTest {
    private static IdentityGraph graph() {
        IdentityGraph base = TestGraph.create().roles("A", "admin", "iam-bot").resources("acct", "logs", "payroll-db")
                .crownJewel("db")
                .entity("vault", EntityKind.RESOURCE, Sensitivity.HIGH)
                .access("A", "logs", AccessLevel.READ, "logs:Get", "g1")
                .access("A", "db", AccessLevel.READ, "s3:Get", "g2")
                .relation("admin", "acct", RelationKind.ADMIN_OF, "g3")
                .relation("iam-bot", "A", RelationKind.CAN_CHANGE_PERMISSIONS, "g4")
                .build();
        IdentityGraph.Builder b = base.toBuilder();
        b.entity(new Entity(id("vault"), EntityKind.RESOURCE, Provider.AWS, "AWS::SecretsManager::Secret", "vault",
                Sensitivity.HIGH, Map.of(), Map.of()));
        b.entity(new Entity(id("logs"), EntityKind.RESOURCE, Provider.AWS, "AWS::S3::Bucket", "logs",
                Sensitivity.NONE, Map.of("Classification", "Restricted"), Map.of()));
        return b.build();
    }

    private static Set<EntityId> jewels(IdentityGraph g) {
        return new BlastRadiusAnalyzer(g).crownJewels();
    }

    @Test
    void analystMarkingsAddAndRemoveCrownJewels() {
        CrownJewelMarkings markings = CrownJewelMarkings.none()
                .with(id("logs"), CrownJewelMarking.CROWN_JEWEL)
                .with(id("db"), CrownJewelMarking.NOT_CROWN_JEWEL)
                .with(id("gone"), CrownJewelMarking.CROWN_JEWEL);

        IdentityGraph marked = markings.applyTo(graph());

        assertEquals(Set.of(id("logs")), jewels(marked));
        assertEquals(Sensitivity.HIGH, marked.require(id("db")).sensitivity());
        assertEquals("marked a crown jewel by the analyst", marked.require(id("logs")).property(CrownJewelMarking.PROPERTY));
        assertEquals(List.of(id("db"), id("logs")), new BlastRadiusAnalyzer(graph()).radius(id("A")).resources()
                .stream().map(ReachedResource::resource).toList());
        assertEquals(List.of(id("logs")), new BlastRadiusAnalyzer(marked).radius(id("A")).crownJewels());
        assertEquals(Set.of(id("gone"), id("logs")), markings.marked(CrownJewelMarking.CROWN_JEWEL));
        assertEquals(Set.of(), markings.without(id("db")).marked(CrownJewelMarking.NOT_CROWN_JEWEL));
    }

    @Test
    void rulesMakeCrownJewelsAndSayWhy() {
        CrownJewelRules rules = CrownJewelRules.of(CrownJewelRules.adminEquivalent(), CrownJewelRules.identityManagement(),
                CrownJewelRules.secretsStores(), CrownJewelRules.tag("classification", Set.of("restricted")),
                CrownJewelRules.name(Pattern.compile("payroll-.*")));

        IdentityGraph g = rules.applyTo(graph());

        assertEquals(Set.of(id("admin"), id("db"), id("iam-bot"), id("logs"), id("payroll-db"), id("vault")), jewels(g));
        assertEquals("admin-equivalent identity", g.require(id("admin")).property(CrownJewelRules.PROPERTY));
        assertEquals("secrets store or key service", g.require(id("vault")).property(CrownJewelRules.PROPERTY));
        assertEquals("", g.require(id("db")).property(CrownJewelRules.PROPERTY));
    }

    @Test
    void markingsWinOverRules() {
        IdentityGraph ruled = CrownJewelRules.of(CrownJewelRules.secretsStores()).applyTo(graph());

        IdentityGraph marked = CrownJewelMarkings.none().with(id("vault"), CrownJewelMarking.NOT_CROWN_JEWEL).applyTo(ruled);

        assertEquals(Set.of(id("db")), jewels(marked));
    }
}
