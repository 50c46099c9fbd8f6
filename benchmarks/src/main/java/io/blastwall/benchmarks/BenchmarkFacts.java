package io.blastwall.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Figures a benchmark fork measures once (edges scanned, bytes per edge...), kept in a properties file so that
 * {@link BenchmarkMain} can print them next to the JMH timings.
 */
final class BenchmarkFacts {
    static final String FILE_PROPERTY = "blastwall.bench.facts";

    private BenchmarkFacts() {}

    static Path file() {
        return Path.of(System.getProperty(FILE_PROPERTY, "benchmark-facts.properties"));
    }

    static synchronized void put(String key, Object value) {
        Properties facts = read();
        facts.setProperty(key, String.valueOf(value));
        try (Writer out = Files.newBufferedWriter(file())) {
            facts.store(out, "Blastwall benchmark facts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties read() {
        Properties facts = new Properties();
        if (Files.isRegularFile(file())) {
            try (Reader in = Files.newBufferedReader(file())) {
                facts.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return facts;
    }
}
