package io.blastwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real command line over a real embedded Neo4j in a temporary data directory. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliEndToEndTest {
    private static final Path GAAD = Path.of("..", "..", "shared", "data", "aws-gaad");

    @TempDir
    static Path dataDir;

    @TempDir
    Path work;

    private static CliRun blastwall(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return CliRun.of(all);
    }

    @Test
    @Order(1)
    void emptyStoreAsksForInput() {
        CliRun run = blastwall("analyze");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("no snapshot"), run.err());
    }

    @Test
    @Order(2)
    void analyzesTheSampleAndWritesAnHtmlReportWithPathPictures() throws IOException {
        Path report = work.resolve("sample.html");
        CliRun run = blastwall("analyze", "--sample", "--report", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ranked by blast radius"), run.out());
        assertTrue(run.out().contains("support-agent"), run.out());
        String html = Files.readString(report);
        assertTrue(html.contains("<svg"), "paths drawn as inline SVG");
        assertTrue(html.contains("Suggested cut"));
    }

    @Test
    @Order(3)
    void showsTheAgentsPathToCustomerDataHopByHopAndTheCutThatClosesIt() throws IOException {
        CliRun paths = blastwall("paths", "--from", "support-agent");
        assertEquals(0, paths.exitCode(), paths.err());
        assertTrue(paths.out().contains("northwind-prod-customer-data"), paths.out());
        assertTrue(paths.out().contains("evidence:"), paths.out());

        Path json = work.resolve("cut.json");
        CliRun cuts = blastwall("cuts", "--from", "support-agent", "--report", json.toString());
        assertEquals(0, cuts.exitCode(), cuts.err());
        assertTrue(cuts.out().contains("Remove "), cuts.out());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("blastwall-report/1", root.get("schema").asText());
        assertTrue(root.get("identities").get(0).get("cut").get("grants").size() > 0);
    }

    @Test
    @Order(4)
    void listsAndDeletesSnapshots() {
        CliRun list = blastwall("snapshots");
        assertEquals(0, list.exitCode(), list.err());
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        CliRun delete = blastwall("snapshots", "--delete", id);
        assertEquals(0, delete.exitCode(), delete.err());
        assertTrue(!blastwall("snapshots").out().contains(id));
    }

    @Test
    @Order(5)
    void importsARealExportAndRanksItsIdentities() throws IOException {
        Path file = GAAD.resolve("cloudsplaining_example.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data not present: skipping");
        Path md = work.resolve("report.md");
        CliRun run = blastwall("analyze", file.toString(), "--report", md.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("Imported snapshot"), run.err());
        assertTrue(Files.readString(md).contains("Identities ranked by blast radius"));
    }

    @Test
    @Order(5)
    void namesAKubernetesClusterFromTheCommandLine() {
        Path rbac = Path.of("..", "..", "shared", "data", "k8s-rbac");
        Assumptions.assumeTrue(Files.isDirectory(rbac), "../shared/data not present: skipping");
        CliRun run = blastwall("paths", rbac.resolve("argo-cd_install_rbac-and-workloads.yaml").toString(),
                "--cluster-name", "lab", "--reverse", "--to", "k8s://lab");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("argocd-application-controller"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "truncated", "binary", "other-shape", "zip-slip"})
    @Order(6)
    void badInputIsAOneLineErrorAndLeavesTheStoreUnchanged(String kind) throws IOException {
        String before = blastwall("snapshots").out();
        Path input = badInput(kind);
        CliRun run = blastwall("import", input.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("blastwall: "), run.err());
        assertTrue(run.err().contains(input.getFileName().toString()), "names the file: " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertEquals(before, blastwall("snapshots").out());
    }

    @Test
    @Order(7)
    void unknownReportFormatFailsBeforeAnyWork() {
        CliRun run = blastwall("analyze", "--report", work.resolve("out.pdfx").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(".html, .md or .json"), run.err());
    }

    @Test
    @Order(8)
    void everySubcommandHasHelp() {
        for (String cmd : new String[] {"import", "snapshots", "analyze", "paths", "cuts"}) {
            CliRun run = CliRun.of(cmd, "--help");
            assertEquals(0, run.exitCode(), cmd);
            assertTrue(run.out().contains("Usage: blastwall " + cmd), run.out());
        }
    }

    private Path badInput(String kind) throws IOException {
        Path file = work.resolve(kind + (kind.equals("zip-slip") ? ".zip" : ".json"));
        switch (kind) {
            case "empty" -> Files.writeString(file, "");
            case "truncated" -> Files.writeString(file, "{\"UserDetailList\": [ {\"UserName\": \"a\", ");
            case "binary" -> Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x7f, 0, 3});
            case "other-shape" -> Files.writeString(file, "{\"hello\": [1, 2, 3]}");
            case "zip-slip" -> {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                    zip.putNextEntry(new ZipEntry("../../evil.json"));
                    zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }
}
