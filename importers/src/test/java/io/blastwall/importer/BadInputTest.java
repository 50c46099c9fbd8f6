package io.blastwall.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.model.GrantId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    private static final String GAAD = """
            {"UserDetailList":[{"UserName":"app","UserId":"AIDAAPP0000000000001","Arn":"arn:aws:iam::111111111111:user/app",
              "Path":"/","GroupList":[],"AttachedManagedPolicies":[],"UserPolicyList":[]}],
             "GroupDetailList":[],"RoleDetailList":[],"Policies":[]}""";

    @TempDir
    Path dir;

    private ImportException failure(Path... inputs) {
        return assertThrows(ImportException.class,
                () -> new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(inputs), ProgressListener.NONE));
    }

    private ImportResult importAll(Path... inputs) throws ImportException {
        return new SnapshotImporter(ImportOptions.defaults()).importAll(List.of(inputs), ProgressListener.NONE);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void emptyFileIsRefusedWithItsName() throws IOException {
        Path empty = write("empty.json", "");
        ImportException e = failure(empty);
        assertEquals(empty.toString(), e.file());
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void truncatedJsonIsRefusedWithLineAndColumn() throws IOException {
        Path truncated = write("gaad.json", "{\"UserDetailList\": [\n  {\"UserName\": \"a\",\n   \"Arn\": ");
        ImportException e = failure(truncated);
        assertEquals(truncated.toString(), e.file());
        assertTrue(e.location().startsWith("line 3, column "), e.location());
    }

    @Test
    void jsonErrorsSpeakOfLinesNotOfTheParsersInternals() throws IOException {
        Path truncated = write("open-array.json", "{\"UserDetailList\": [\n");
        ImportException e = failure(truncated);
        assertFalse(e.getMessage().contains("Source:"), e.getMessage());
        assertTrue(e.getMessage().contains("start marker at line 1, column 20"), e.getMessage());
    }

    @Test
    void brokenYamlManifestIsRefusedInOneLineWithLineAndColumn() throws IOException {
        Path broken = write("rbac.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: app
                  namespace: demo
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: reader
                  namespace: demo
                rules:
                - verbs: ["get"
                  resources: ["pods"]
                """);
        ImportException e = failure(broken);
        assertEquals(broken.toString(), e.file());
        assertTrue(e.location().matches("line \\d+, column \\d+"), e.location());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains(": invalid YAML: expected"), e.getMessage());
    }

    @Test
    void aBindingWithoutARoleRefObjectAndObjectsWithoutANamespaceAreWarnedAbout() throws Exception {
        Path manifest = write("odd.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: app
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata:
                  name: weird
                  namespace: demo
                roleRef: "not-an-object"
                subjects:
                - kind: ServiceAccount
                  name: app
                  namespace: demo
                """);
        List<String> warnings = importAll(manifest).warnings().stream().map(w -> w.location() + ": " + w.message()).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("document 2.roleRef: RoleBinding demo/weird has no roleRef")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("document 1: 1 namespaced object(s) name no metadata.namespace"
                + " (the first: ServiceAccount app)")), warnings.toString());
    }

    @Test
    void objectsWithoutANamespaceTakeTheOneGivenAsKubectlApplyNDoes() throws Exception {
        Path manifest = write("install.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: argocd-server
                """);
        ImportResult r = new SnapshotImporter(ImportOptions.defaults().withNamespace("argocd").withClusterName("c1"))
                .importAll(List.of(manifest), ProgressListener.NONE);
        List<String> ids = r.graph().entities().stream().map(e -> e.id().value()).filter(id -> id.contains("argocd-server")).toList();
        assertEquals(List.of("k8s://c1/serviceaccount/argocd/argocd-server"), ids);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("taken as namespace \"argocd\" (--namespace)")),
                r.warnings().toString());
    }

    @Test
    void aPodWhoseContainersAreNotAListIsWarnedAbout() throws Exception {
        Path manifest = write("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: demo}
                spec:
                  containers: "oops"
                """);
        List<String> warnings = importAll(manifest).warnings().stream().map(w -> w.location() + ": " + w.message()).toList();
        assertTrue(warnings.contains("document 1.spec.containers: Pod demo/web: containers is not a list; its containers"
                + " are not read (privileged, host mounts)"), warnings.toString());
    }

    @Test
    void binaryFileNamedJsonIsRefused() throws IOException {
        Path binary = Files.write(dir.resolve("export.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ImportException e = failure(binary);
        assertEquals(binary.toString(), e.file());
        assertEquals("byte 4", e.location());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void jsonOfAnotherShapeIsRefusedAtTheRoot() throws IOException {
        Path other = write("other.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}");
        ImportException e = failure(other);
        assertEquals("$", e.location());
        assertTrue(e.getMessage().contains("unsupported shape"), e.getMessage());
    }

    @Test
    void zipEntryEscapingTheArchiveIsRefusedNamingZipAndEntry() throws IOException {
        Path zip = zip("bundle.zip", "../../etc/evil.json", GAAD);
        ImportException e = failure(zip);
        assertEquals(zip.toString(), e.file());
        assertEquals("../../etc/evil.json", e.location());
    }

    @Test
    void absoluteZipEntryIsRefused() throws IOException {
        ImportException e = failure(zip("abs.zip", "/tmp/evil.json", GAAD));
        assertEquals("/tmp/evil.json", e.location());
    }

    @Test
    void missingInputIsRefused() {
        assertEquals(dir.resolve("nope").toString(), failure(dir.resolve("nope")).file());
    }

    @Test
    void unknownFilesInAFolderAreSkippedWithAWarning() throws Exception {
        write("gaad.json", GAAD);
        write("notes.txt", "meeting notes");
        ImportResult result = importAll(dir);
        assertEquals(1, result.graph().entities().stream().filter(e -> e.nativeType().equals("AWS::IAM::User")).count());
        assertEquals(List.of(new ImportWarning(dir.resolve("notes.txt").toString(), "line 1",
                "skipped: not a supported format (text starting with \"meeting notes\")")), result.warnings());
    }

    @Test
    void brokenFileThatLooksLikeAnExportStopsAFolderImport() throws IOException {
        write("a.json", GAAD);
        Path broken = write("b.json", "{\"RoleDetailList\": [ {\"RoleName\": ");
        assertEquals(broken.toString(), failure(dir).file());
    }

    @Test
    void malformedPolicyOfOneRecordIsSkippedWithItsJsonPath() throws Exception {
        Path gaad = write("gaad.json", """
                {"UserDetailList":[],"GroupDetailList":[],"Policies":[],"RoleDetailList":[
                 {"RoleName":"ok","RoleId":"AROAOK00000000000001","Arn":"arn:aws:iam::111111111111:role/ok",
                  "AssumeRolePolicyDocument":{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]},
                  "RolePolicyList":[{"PolicyName":"bad","PolicyDocument":{"Statement":[{"Effect":"Maybe","Action":"s3:*","Resource":"*"}]}},
                                    {"PolicyName":"good","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}}]}]}""");
        ImportResult result = importAll(gaad);
        assertEquals(List.of(new ImportWarning(gaad.toString(), "RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement[0]",
                "inline policy bad of arn:aws:iam::111111111111:role/ok skipped: Effect must be \"Allow\" or \"Deny\", not \"Maybe\"")),
                result.warnings());
        assertTrue(result.graph().grant(GrantId.of("aws:inline:arn:aws:iam::111111111111:role/ok:good")).isPresent());
    }

    @Test
    void zipEntriesAreSourcesNamedAfterTheArchive() throws Exception {
        Path zip = zip("bundle.zip", "exports/gaad.json", GAAD);
        ImportResult result = importAll(zip);
        var source = result.sources().get(0);
        assertEquals(zip + "!/exports/gaad.json", source.path());
        assertEquals("aws-gaad", source.format());
        assertEquals(new SourceInput("x", GAAD.getBytes(StandardCharsets.UTF_8), true).sha256(), source.sha256());
        assertEquals(GAAD.getBytes(StandardCharsets.UTF_8).length, source.bytes());
    }

    @Test
    void policyDocumentGivenAsAnInputIsOnlyWarnedAbout() throws Exception {
        Path policy = write("AdministratorAccess.json", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        ImportResult result = importAll(policy);
        assertEquals(0, result.graph().entityCount());
        assertTrue(result.warnings().get(0).message().contains("pass it as a policy document"), result.warnings().toString());
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }
}
