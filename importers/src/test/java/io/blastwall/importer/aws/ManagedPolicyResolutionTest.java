package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.ImportResult;
import io.blastwall.importer.ImportWarning;
import io.blastwall.importer.SnapshotImporter;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.RelationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS-managed policies an export attaches without including them. */
class ManagedPolicyResolutionTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/EC2role";

    private static Path awscliExport() {
        return SharedData.folder("aws-gaad").resolve("awscli_example_get-account-authorization-details.json");
    }

    private static ImportResult importWith(List<Path> policyDocuments) throws Exception {
        return new SnapshotImporter(ImportOptions.defaults().withPolicyDocuments(policyDocuments))
                .importAll(List.of(awscliExport()), ProgressListener.NONE);
    }

    private static Set<String> missing(ImportResult result) {
        return result.warnings().stream().map(ImportWarning::message).filter(m -> m.contains("neither in the export"))
                .map(m -> m.substring("managed policy ".length(), m.indexOf(" is attached")))
                .collect(Collectors.toSet());
    }

    private static AccessLevel s3Access(ImportResult result) {
        return result.graph().relations().stream()
                .filter(r -> r.kind() == RelationKind.CAN_ACCESS && r.from().value().equals(ROLE)
                        && r.to().value().equals("arn:aws:s3:*:123456789012:*"))
                .map(r -> r.access()).findFirst().orElse(AccessLevel.NONE);
    }

    @Test
    void warnsOncePerAttachedPolicyWhoseDocumentIsNowhere() throws Exception {
        ImportResult result = importWith(List.of());
        assertEquals(Set.of("arn:aws:iam::aws:policy/AmazonS3FullAccess", "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"),
                missing(result));
        assertEquals(AccessLevel.NONE, s3Access(result));
    }

    @Test
    void resolvesThemFromTheIamDatasetList() throws Exception {
        Path dataset = SharedData.folder("aws-managed-policies").resolve("iam-dataset_aws_managed_policies_compact.json");
        ImportResult result = importWith(List.of(dataset));
        assertEquals(Set.of(), missing(result));
        assertEquals(AccessLevel.ADMIN, s3Access(result));
        assertTrue(result.sources().stream().anyMatch(s -> s.format().equals("aws-managed-policy-list")));
    }

    @Test
    void resolvesThemFromAFolderOfPolicyFilesNamedAfterThePolicy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("AmazonS3FullAccess.json"), """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","s3-object-lambda:*"],"Resource":"*"}]}""");
        ImportResult result = importWith(List.of(dir));
        assertEquals(Set.of("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"), missing(result));
        assertEquals(AccessLevel.ADMIN, s3Access(result));
    }

    @Test
    void knowsAdministratorAccessEvenWhenNoDatasetHasIt() throws Exception {
        ImportResult result = importWith(List.of());
        var alice = result.graph().require(EntityId.of("arn:aws:iam::123456789012:user/Alice"));
        assertEquals("true", alice.property("adminEquivalent"));
        var bob = result.graph().require(EntityId.of("arn:aws:iam::123456789012:user/Bob"));
        assertEquals("", bob.property("adminEquivalent"), "Bob's own policy denies iam:*");
    }
}
