package io.blastwall.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {
    @Test
    void testsRunWithTheFlagsTheLauncherUses() throws IOException {
        List<String> launcherFlags = launcherFlags();
        List<String> testFlags = ManagementFactory.getRuntimeMXBean().getInputArguments();

        assertEquals(launcherFlags, launcherFlags.stream().filter(testFlags::contains).toList());
    }

    private static List<String> launcherFlags() throws IOException {
        try (InputStream in = EmbeddedNeo4j.class.getResourceAsStream("/io/blastwall/app/jvm-options.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}
