package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The public exports in {@code ../shared/data}, beside the repository; tests using them are skipped when absent. */
final class SharedData {
    private SharedData() {}

    static Path folder(String name) {
        Path dir = Path.of("..", "..", "shared", "data", name);
        assumeTrue(Files.isDirectory(dir), "../shared/data not present: skipping");
        return dir;
    }

    static Stream<Path> files(String name, String extension) throws IOException {
        Path dir = Path.of("..", "..", "shared", "data", name);
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.toString().endsWith(extension)).sorted().toList();
            return files.stream();
        }
    }
}
