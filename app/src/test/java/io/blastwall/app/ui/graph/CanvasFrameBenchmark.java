package io.blastwall.app.ui.graph;

import io.blastwall.app.background.ImmediateBackground;
import io.blastwall.app.ui.RecordingDialogs;
import io.blastwall.styles.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Frame times of the radius canvas over a scripted pan and zoom of synthetic diagrams (300 nodes at actual size,
 * full detail; 10,000 nodes and 50,000 edges all on screen; 50,000 nodes and 100,000 edges all on screen),
 * measured by an {@link AnimationTimer} from pulse to pulse. Not
 * part of the normal build (the name does not end in Test). Run it on a display, for example under Xvfb:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1200x24" tools/with-jdk ./mvnw -B -pl app -am test \
 *     -Dtest=CanvasFrameBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.sizes=300x600,10000x50000,50000x100000} (nodes x edges), {@code -Dbench.frames=600},
 * {@code -Dblastwall.canvas.dots=vector} (the crowded level with canvas calls instead of one raster image).
 * Without {@code DISPLAY} it falls back to headless Monocle. Prints one line per size and script.
 */
class CanvasFrameBenchmark {
    private static final int WARM_UP = 90;
    /** Diagrams up to this size are measured at actual size (full detail), larger ones fitted to the window. */
    private static final int DETAILED_UP_TO = 2_000;

    @Test
    void measuresFrameTimesWhilePanningAndZooming() throws Exception {
        useTheDisplay();
        System.out.println("canvas benchmark: load " + load() + ", prism " + System.getProperty("prism.order", "default")
                + ", dots " + System.getProperty(RadiusCanvas.DOTS_PROPERTY, "raster"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        int frames = Integer.getInteger("bench.frames", 600);
        for (String size : System.getProperty("bench.sizes", "300x600,10000x50000,50000x100000").split(",")) {
            String[] parts = size.trim().split("x");
            RadiusDiagram diagram = SyntheticDiagram.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 42);
            for (Script script : Script.values()) {
                System.out.println(run(diagram, script, frames).line(diagram, script));
            }
        }
        System.out.println("canvas benchmark: load " + load());
    }

    /** On an X display, the real glass (GTK) instead of the headless Monocle the build configures. */
    private static void useTheDisplay() {
        if (System.getenv("DISPLAY") != null && !"monocle".equals(System.getProperty("bench.glass"))) {
            System.clearProperty("glass.platform");
            System.clearProperty("monocle.platform");
            System.clearProperty("testfx.headless");
            System.setProperty("java.awt.headless", "false");
        }
    }

    private static Result run(RadiusDiagram diagram, Script script, int frames) throws Exception {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            RadiusGraphViewModel viewModel = new RadiusGraphViewModel(new ImmediateBackground(), new RecordingDialogs());
            RadiusGraphView view = new RadiusGraphView(viewModel);
            Stage stage = new Stage();
            Scene scene = new Scene(view, 1600, 1000);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            stage.setScene(scene);
            stage.show();
            viewModel.display(diagram);
            if (diagram.nodes().size() <= DETAILED_UP_TO) {
                view.resetView();
            } else {
                view.fit();
            }
            new Timer(view, script, frames, result -> {
                stage.close();
                done.complete(result);
            }).start();
        });
        return done.get(30, TimeUnit.MINUTES);
    }

    /** What the pointer does each frame. */
    enum Script {
        PAN,
        ZOOM;

        void step(RadiusCanvas canvas, int frame) {
            if (this == PAN) {
                // sweeps 1,200 px left and right at 12 px a frame (a brisk drag), bobbing up and down
                int leg = (frame / 100) % 2 == 0 ? 1 : -1;
                canvas.pan(12 * leg, 5 * Math.sin(frame * 2 * Math.PI / 120));
            } else {
                double factor = (frame / 60) % 2 == 0 ? 1.015 : 1 / 1.015;
                canvas.zoomAt(factor, canvas.getWidth() * 0.45, canvas.getHeight() * 0.55);
            }
        }
    }

    /** Drives the script once per pulse and records pulse-to-pulse and paint times. */
    private static final class Timer extends AnimationTimer {
        private final RadiusGraphView view;
        private final Script script;
        private final int frames;
        private final java.util.function.Consumer<Result> whenDone;
        private final List<Long> intervals = new ArrayList<>();
        private final List<Long> paints = new ArrayList<>();
        private final List<DetailLevel> levels = new ArrayList<>();
        private long last;
        private int frame;
        private int visible;
        private long[] rendersBefore = {0, 0};

        Timer(RadiusGraphView view, Script script, int frames, java.util.function.Consumer<Result> whenDone) {
            this.view = view;
            this.script = script;
            this.frames = frames;
            this.whenDone = whenDone;
        }

        @Override
        public void handle(long now) {
            if (frame >= WARM_UP && last != 0) {
                intervals.add(now - last);
            }
            last = now;
            RadiusCanvas canvas = view.radiusCanvas();
            script.step(canvas, frame);
            long start = System.nanoTime();
            canvas.paintNow();
            if (frame >= WARM_UP) {
                paints.add(System.nanoTime() - start);
                levels.add(canvas.painted().level());
                visible = Math.max(visible, canvas.painted().nodes());
            }
            if (frame == WARM_UP) {
                rendersBefore = canvas.layerRenders();
            }
            if (++frame >= WARM_UP + frames) {
                stop();
                long[] after = canvas.layerRenders();
                whenDone.accept(new Result(intervals, paints, levels, visible,
                        new long[] {after[0] - rendersBefore[0], after[1] - rendersBefore[1]}));
            }
        }
    }

    private record Result(
            List<Long> intervals, List<Long> paints, List<DetailLevel> levels, int visible, long[] layers) {
        String line(RadiusDiagram d, Script script) {
            long[] frame = sorted(intervals);
            long[] paint = sorted(paints);
            double meanMs = Arrays.stream(frame).average().orElse(0) / 1e6;
            return String.format(Locale.ROOT,
                    "%,d nodes %,d edges %-4s up to %,d visible, %s: frame p50 %.1f ms p95 %.1f p99 %.1f, %.1f fps;"
                            + " paint p50 %.1f ms p95 %.1f max %.1f; layers rendered %d at once, %d behind (%d frames)",
                    d.nodes().size(), d.edges().size(), script, visible, levelCounts(), pct(frame, 50), pct(frame, 95),
                    pct(frame, 99), 1000 / meanMs, pct(paint, 50), pct(paint, 95), pct(paint, 100), layers[0],
                    layers[1], frame.length);
        }

        private String levelCounts() {
            StringBuilder s = new StringBuilder();
            for (DetailLevel level : DetailLevel.values()) {
                long n = levels.stream().filter(l -> l == level).count();
                if (n > 0) {
                    s.append(s.length() == 0 ? "" : "+").append(level).append(n == levels.size() ? "" : "(" + n + ")");
                }
            }
            return s.toString();
        }

        private static long[] sorted(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private static double pct(long[] sorted, int p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
