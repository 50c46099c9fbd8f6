package io.blastwall.app.testing;

import io.blastwall.app.store.GraphStore;
import io.blastwall.app.store.Neo4jGraphStore;
import io.blastwall.app.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one embedded {@link Neo4jGraphStore} (also as {@link GraphStore}) shared by every test of the run.
 * It is started on first use in a temporary directory and closed, and the directory removed, when JUnit
 * closes the root context's store at the end of the run.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedStoreExtension.class)
 * class WorkspaceTest {
 *     @Test
 *     void importsAFile(Neo4jGraphStore store) { ... }
 * }
 * }</pre>
 *
 * The store is shared: tests must not expect it to be empty, and should delete what they save when it
 * would disturb others (snapshot listings are the only shared view).
 */
public final class EmbeddedStoreExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedStoreExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Neo4jGraphStore.class || type == GraphStore.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedStore.class, type -> SharedStore.start(), SharedStore.class)
                .store();
    }

    /** The store and its directory; JUnit closes AutoCloseable values of the root store after the run. */
    private record SharedStore(Neo4jGraphStore store, Path directory) implements AutoCloseable {
        static SharedStore start() {
            try {
                Path directory = Files.createTempDirectory("blastwall-test-neo4j-");
                return new SharedStore(Neo4jGraphStore.embedded(directory), directory);
            } catch (IOException | StoreException e) {
                throw new ParameterResolutionException("Could not start the embedded test store: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            store.close();
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + directory, e);
        }
    }
}
