package io.blastwall.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Evidence;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Provider;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationId;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every kind of finding on a tiny graph with a known answer, and the cases that must not be reported. */
class FindingsAnalyzerTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-30");

    private final IdentityGraph.Builder graph = IdentityGraph.builder();
    private int relations;

    private Set<String> found(FindingKind kind) {
        return analyze().stream().filter(f -> f.kind() == kind).map(f -> f.subject().value())
                .collect(Collectors.toSet());
    }

    private List<Finding> analyze() {
        return new FindingsAnalyzer(graph.build(), FindingsPolicy.defaults(AS_OF)).findings();
    }

    private void entity(String id, EntityKind kind, Map<String, String> properties) {
        graph.entity(new Entity(EntityId.of(id), kind, Provider.AWS, "Test::" + kind.name(), id, Sensitivity.NONE,
                Map.of(), properties));
    }

    private void entity(String id, EntityKind kind) {
        entity(id, kind, Map.of());
    }

    private Relation relate(String from, String to, RelationKind kind, AccessLevel access, Set<String> actions,
            List<String> conditions) {
        Relation r = new Relation(RelationId.of("r" + ++relations), EntityId.of(from), EntityId.of(to), kind, access,
                actions, List.of(), conditions.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL, "RULE-" + relations,
                conditions, List.of(new Evidence("export.json", "$.Statement[" + relations + "]", "{\"Sid\":\"S" + relations + "\"}")));
        graph.relation(r);
        return r;
    }

    private void relate(String from, String to, RelationKind kind) {
        relate(from, to, kind, AccessLevel.NONE, Set.of(), List.of());
    }

    private void access(String from, String to, AccessLevel level, String... actions) {
        relate(from, to, RelationKind.CAN_ACCESS, level, Set.of(actions), List.of());
    }

    @Test
    void aMachineThatIsAdminOfItsAccountIsAdminEquivalentWithTheStatementAsEvidence() {
        entity("deployer", EntityKind.ROLE);
        entity("alice", EntityKind.HUMAN);
        entity("account", EntityKind.RESOURCE);
        relate("deployer", "account", RelationKind.ADMIN_OF);
        relate("alice", "account", RelationKind.ADMIN_OF);

        List<Finding> findings = analyze();

        assertEquals(1, findings.size());
        Finding admin = findings.get(0);
        assertEquals(List.of(FindingKind.ADMIN_EQUIVALENT, OwaspNhi.NHI5, FindingKind.Severity.CRITICAL),
                List.of(admin.kind(), admin.owasp(), admin.severity()));
        assertEquals("deployer is admin of account (RULE-1)", admin.summary());
        assertEquals(List.of(new Evidence("export.json", "$.Statement[1]", "{\"Sid\":\"S1\"}")), admin.evidence());
    }

    @Test
    void fullControlOfAServiceIsOverPrivilegedButReadingEverythingIsNot() {
        entity("etl", EntityKind.ROLE);
        entity("reader", EntityKind.ROLE);
        entity("bucket", EntityKind.RESOURCE);
        access("etl", "bucket", AccessLevel.ADMIN, "s3:*");
        access("reader", "bucket", AccessLevel.READ, "s3:Get*");

        assertEquals(Set.of("etl"), found(FindingKind.OVER_PRIVILEGED));
    }

    @Test
    void anAdminEquivalentIdentityIsNotAlsoReportedAsOverPrivileged() {
        entity("admin", EntityKind.ROLE);
        entity("account", EntityKind.RESOURCE);
        relate("admin", "account", RelationKind.ADMIN_OF);
        access("admin", "account", AccessLevel.ADMIN, "*");

        assertEquals(List.of(FindingKind.ADMIN_EQUIVALENT), analyze().stream().map(Finding::kind).toList());
    }

    @Test
    void anIdentityUnusedForLongerThanTheLimitOrNeverUsedIsReportedWhenItStillHoldsAccess() {
        entity("old", EntityKind.ROLE, Map.of("lastUsed", "2025-09-12T21:47:36+00:00"));
        entity("recent", EntityKind.ROLE, Map.of("lastUsed", "2026-11-29T10:00:00+00:00"));
        entity("never", EntityKind.ROLE, Map.of());
        entity("idle-without-access", EntityKind.ROLE, Map.of("lastUsed", "2024-01-01"));
        entity("bucket", EntityKind.RESOURCE);
        access("old", "bucket", AccessLevel.READ, "s3:GetObject");
        access("recent", "bucket", AccessLevel.READ, "s3:GetObject");
        access("never", "bucket", AccessLevel.READ, "s3:GetObject");

        assertEquals(Set.of("old", "never"), found(FindingKind.UNUSED_IDENTITY));
        assertTrue(analyze().stream().anyMatch(f -> f.summary().equals(
                "old was last used 444 days before the export (2025-09-12) but still holds access")));
    }

    @Test
    void withoutAnyRecordedUseAMissingLastUseIsNotTakenForNeverUsed() {
        entity("role", EntityKind.ROLE, Map.of());
        entity("bucket", EntityKind.RESOURCE);
        access("role", "bucket", AccessLevel.READ, "s3:GetObject");

        assertEquals(Set.of(), found(FindingKind.UNUSED_IDENTITY));
    }

    @Test
    void keysThatAreNeverUsedStaleOrNotRotatedAreReportedEachWithItsOwaspRisk() {
        entity("svc", EntityKind.SERVICE_ACCOUNT);
        entity("never-key", EntityKind.CREDENTIAL, Map.of("active", "true", "lastUsed", "never",
                "lastRotated", "2026-10-01T00:00:00+00:00"));
        entity("stale-key", EntityKind.CREDENTIAL, Map.of("active", "true", "lastUsed", "2026-01-02T00:00:00+00:00",
                "lastRotated", "2026-01-01T00:00:00+00:00"));
        entity("old-key", EntityKind.CREDENTIAL, Map.of("active", "true", "lastUsed", "2026-11-29T00:00:00+00:00",
                "lastRotated", "2025-03-18T11:25:10+00:00"));
        entity("fresh-key", EntityKind.CREDENTIAL, Map.of("active", "true", "lastUsed", "2026-11-29T00:00:00+00:00",
                "lastRotated", "2026-08-01T00:00:00+00:00"));
        for (String key : List.of("never-key", "stale-key", "old-key", "fresh-key")) {
            relate(key, "svc", RelationKind.AUTHENTICATES_AS);
        }

        assertEquals(Set.of("never-key"), found(FindingKind.NEVER_USED_KEY));
        assertEquals(Set.of("stale-key"), found(FindingKind.STALE_KEY));
        assertEquals(Set.of("old-key"), found(FindingKind.LONG_LIVED_KEY));
        assertEquals(OwaspNhi.NHI7, FindingKind.LONG_LIVED_KEY.owasp());
        assertEquals(OwaspNhi.NHI1, FindingKind.STALE_KEY.owasp());
    }

    @Test
    void anIdentitySeveralWorkloadsRunAsOrWithSeveralActiveKeysIsShared() {
        entity("pod-a", EntityKind.WORKLOAD);
        entity("pod-b", EntityKind.WORKLOAD);
        entity("shared-sa", EntityKind.SERVICE_ACCOUNT);
        entity("own-sa", EntityKind.SERVICE_ACCOUNT);
        entity("svc-user", EntityKind.SERVICE_ACCOUNT);
        entity("key-1", EntityKind.CREDENTIAL, Map.of("active", "true"));
        entity("key-2", EntityKind.CREDENTIAL, Map.of("active", "true"));
        relate("pod-a", "shared-sa", RelationKind.RUNS_AS);
        relate("pod-b", "shared-sa", RelationKind.RUNS_AS);
        relate("pod-a", "own-sa", RelationKind.RUNS_AS);
        relate("key-1", "svc-user", RelationKind.AUTHENTICATES_AS);
        relate("key-2", "svc-user", RelationKind.AUTHENTICATES_AS);

        assertEquals(Set.of("shared-sa", "svc-user"), found(FindingKind.SHARED_IDENTITY));
    }

    @Test
    void actingAsAnIdentityOfAnotherAccountIsCrossEnvironmentButMembershipIsNot() {
        entity("ci", EntityKind.ROLE, Map.of("account", "444455556666"));
        entity("prod-deploy", EntityKind.ROLE, Map.of("account", "111122223333"));
        entity("ci-peer", EntityKind.ROLE, Map.of("account", "444455556666"));
        relate("ci", "prod-deploy", RelationKind.CAN_ASSUME);
        relate("ci", "ci-peer", RelationKind.CAN_ASSUME);

        List<Finding> cross = analyze().stream().filter(f -> f.kind() == FindingKind.CROSS_ENVIRONMENT).toList();

        assertEquals(List.of("ci (account 444455556666) can act as prod-deploy in account 111122223333"),
                cross.stream().map(Finding::summary).toList());
        assertEquals(OwaspNhi.NHI8, cross.get(0).owasp());
    }

    @Test
    void differentEnvironmentTagsAreCrossEnvironmentToo() {
        graph.entity(new Entity(EntityId.of("dev-bot"), EntityKind.SERVICE_ACCOUNT, Provider.GCP, "t", "dev-bot",
                Sensitivity.NONE, Map.of("env", "dev"), Map.of()));
        graph.entity(new Entity(EntityId.of("prod-sa"), EntityKind.SERVICE_ACCOUNT, Provider.GCP, "t", "prod-sa",
                Sensitivity.NONE, Map.of("Environment", "Prod"), Map.of()));
        relate("dev-bot", "prod-sa", RelationKind.CAN_IMPERSONATE);

        assertEquals(Set.of("dev-bot"), found(FindingKind.CROSS_ENVIRONMENT));
    }

    @Test
    void aRoleAForeignAccountCanAssumeIsThirdPartyTrustMoreUrgentWithoutACondition() {
        entity("vendor", EntityKind.EXTERNAL_ACCOUNT, Map.of("thirdParty", "true"));
        entity("guarded", EntityKind.ROLE);
        entity("open", EntityKind.ROLE);
        relate("vendor", "guarded", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of("sts:AssumeRole"),
                List.of("{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}"));
        relate("vendor", "open", RelationKind.CAN_ASSUME);

        Map<String, FindingKind.Severity> severities = analyze().stream()
                .filter(f -> f.kind() == FindingKind.THIRD_PARTY_TRUST)
                .collect(Collectors.toMap(f -> f.subject().value(), Finding::severity));

        assertEquals(Map.of("guarded", FindingKind.Severity.MEDIUM, "open", FindingKind.Severity.HIGH), severities);
    }

    @Test
    void aPersonWhoCanMintAMachinesCredentialsOrAMachineWithAPasswordIsHumanUse() {
        entity("alex", EntityKind.HUMAN);
        entity("jenkins", EntityKind.SERVICE_ACCOUNT);
        entity("console-bot", EntityKind.SERVICE_ACCOUNT, Map.of("consolePassword", "true"));
        entity("admin-bot", EntityKind.SERVICE_ACCOUNT);
        entity("bob", EntityKind.HUMAN);
        relate("alex", "jenkins", RelationKind.CAN_WRITE_CREDENTIALS);
        relate("admin-bot", "bob", RelationKind.CAN_WRITE_CREDENTIALS);

        assertEquals(Set.of("jenkins", "console-bot"), found(FindingKind.HUMAN_USE));
        assertEquals(OwaspNhi.NHI10, FindingKind.HUMAN_USE.owasp());
    }

    @Test
    void findingsAboutIdentitiesThatReachCrownJewelsAreMoreUrgentAndComeFirst() {
        entity("etl", EntityKind.ROLE);
        entity("other", EntityKind.ROLE);
        entity("bucket", EntityKind.RESOURCE);
        access("etl", "bucket", AccessLevel.ADMIN, "s3:*");
        access("other", "bucket", AccessLevel.ADMIN, "s3:*");

        List<Finding> findings = new FindingsAnalyzer(graph.build(), FindingsPolicy.defaults(AS_OF))
                .findings(Set.of(EntityId.of("other")));

        assertEquals(List.of("other", "etl"), findings.stream().map(f -> f.subject().value()).toList());
        assertEquals(FindingKind.Severity.CRITICAL, findings.get(0).severity());
    }

    @Test
    void theExportDayIsTheLatestReportDateElseTheFallback() {
        entity("key", EntityKind.CREDENTIAL, Map.of("asOf", "2026-11-29T08:10:00+00:00"));
        entity("key2", EntityKind.CREDENTIAL, Map.of("asOf", "2026-11-30T02:14:00+00:00"));

        assertEquals(LocalDate.parse("2026-11-30"), FindingsAnalyzer.exportDay(graph.build(), LocalDate.parse("2027-01-01")));
        assertEquals(LocalDate.parse("2027-01-01"),
                FindingsAnalyzer.exportDay(IdentityGraph.empty(), LocalDate.parse("2027-01-01")));
    }

    @Test
    void aFederatedTrustWithAWildcardOrNoSubjectIsBroadButAPinnedSubjectIsNot() {
        entity("github", EntityKind.FEDERATED_PRINCIPAL);
        entity("ci", EntityKind.ROLE);
        entity("any-token", EntityKind.ROLE);
        entity("pinned", EntityKind.ROLE);
        relate("github", "ci", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of("sts:AssumeRoleWithWebIdentity"),
                List.of("{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"}}",
                        "{\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:northwind/*\"}}"));
        relate("github", "any-token", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of(),
                List.of("{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"}}"));
        relate("github", "pinned", RelationKind.CAN_ASSUME, AccessLevel.NONE, Set.of(),
                List.of("{\"StringEquals\":{\"oidc.example/id/1:sub\":[\"system:serviceaccount:ns:app\"]}}"));

        assertEquals(Set.of("ci", "any-token"), found(FindingKind.BROAD_FEDERATED_TRUST));
        assertTrue(analyze().stream().anyMatch(f -> f.summary().equals(
                "ci can be assumed with any token whose subject matches repo:northwind/* from github")));
        assertEquals(OwaspNhi.NHI6, FindingKind.BROAD_FEDERATED_TRUST.owasp());
    }
}
