package io.blastwall.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ViewModels stay testable without the FX toolkit: no scene graph, no stages, no direct threads. */
class ViewModelBoundaryTest {
    private static final Path UI = Path.of("src", "main", "java", "io", "blastwall", "app", "ui");

    @Test
    void viewModelsUseOnlyBeansAndCollectionsOfJavaFx() throws IOException {
        List<Path> viewModels = viewModels();
        assertTrue(viewModels.size() >= 6, "found only " + viewModels);

        List<String> offending = viewModels.stream()
                .flatMap(file -> lines(file).filter(ViewModelBoundaryTest::crossesTheBoundary)
                        .map(line -> file.getFileName() + ": " + line))
                .toList();

        assertEquals(List.of(), offending);
    }

    private static List<Path> viewModels() throws IOException {
        try (Stream<Path> files = Files.walk(UI)) {
            return files.filter(f -> f.getFileName().toString().endsWith("ViewModel.java")).sorted().toList();
        }
    }

    private static boolean crossesTheBoundary(String line) {
        return line.startsWith("import javafx.scene") || line.startsWith("import javafx.stage")
                || line.contains("Platform.runLater") || line.contains("new Thread(");
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
