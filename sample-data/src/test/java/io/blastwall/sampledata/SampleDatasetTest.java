package io.blastwall.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleDatasetTest {
    private static final List<String> CREDENTIAL_REPORT_HEADER = List.of(
            "user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed",
            "password_next_rotation", "mfa_active", "access_key_1_active", "access_key_1_last_rotated",
            "access_key_1_last_used_date", "access_key_1_last_used_region", "access_key_1_last_used_service",
            "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
            "access_key_2_last_used_region", "access_key_2_last_used_service", "cert_1_active",
            "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated");

    @ParameterizedTest
    @EnumSource(SampleDataset.class)
    void everyListedFileExistsAndIsNotEmpty(SampleDataset dataset) throws IOException {
        for (String name : dataset.resourceNames()) {
            try (InputStream in = dataset.open(name)) {
                assertTrue(in.readAllBytes().length > 0, name + " is empty");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SampleDataset.class)
    void everyListedFileIsAJsonOrCsvExport(SampleDataset dataset) {
        List<String> others = dataset.resourceNames().stream()
                .filter(name -> !name.endsWith(".json") && !name.endsWith(".csv"))
                .toList();
        assertEquals(List.of(), others);
    }

    @Test
    void jsonFilesAreStrictlyValidJsonObjects() {
        for (String name : jsonFiles()) {
            JsonNode tree = Northwind.json(name);
            assertTrue(tree.isObject(), name + " is not a JSON object");
        }
    }

    @Test
    void csvFilesAreCredentialReportsWithOneValuePerColumn() {
        for (String name : csvFiles()) {
            List<String> lines = Northwind.text(name).lines().toList();
            assertEquals(CREDENTIAL_REPORT_HEADER, List.of(lines.get(0).split(",", -1)), name);
            for (String line : lines.subList(1, lines.size())) {
                assertEquals(CREDENTIAL_REPORT_HEADER.size(), line.split(",", -1).length, name + ": " + line);
            }
            assertTrue(Northwind.text(name).endsWith("\n"), name + " does not end with a newline");
        }
    }

    @Test
    void extractToCopiesEveryFileUnchangedIntoTheDatasetFolder(@TempDir Path temp) throws IOException {
        Path folder = SampleDataset.NORTHWIND.extractTo(temp);

        assertEquals(temp.resolve("northwind"), folder);
        assertEquals(Set.copyOf(SampleDataset.NORTHWIND.resourceNames()), fileNames(folder));
        for (String name : SampleDataset.NORTHWIND.resourceNames()) {
            assertArrayEquals(bytes(name), Files.readAllBytes(folder.resolve(name)), name);
        }
    }

    @Test
    void extractToReplacesAnEarlierCopy(@TempDir Path temp) throws IOException {
        String name = SampleDataset.NORTHWIND.resourceNames().get(0);
        Path stale = temp.resolve("northwind").resolve(name);
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "edited by hand");

        SampleDataset.NORTHWIND.extractTo(temp);

        assertArrayEquals(bytes(name), Files.readAllBytes(stale));
    }

    @Test
    void openRejectsAFileOutsideTheDataset() {
        assertThrows(IllegalArgumentException.class, () -> SampleDataset.NORTHWIND.open("README.md"));
        assertThrows(IllegalArgumentException.class, () -> SampleDataset.NORTHWIND.open("../northwind/x.json"));
    }

    @Test
    void theStoryIsDocumentedBesideTheFiles() {
        assertNotNull(SampleDataset.class.getResource("/io/blastwall/sampledata/aws/northwind/README.md"));
    }

    private static List<String> jsonFiles() {
        return SampleDataset.NORTHWIND.resourceNames().stream().filter(n -> n.endsWith(".json")).toList();
    }

    private static List<String> csvFiles() {
        return SampleDataset.NORTHWIND.resourceNames().stream().filter(n -> n.endsWith(".csv")).toList();
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = SampleDataset.NORTHWIND.open(name)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
