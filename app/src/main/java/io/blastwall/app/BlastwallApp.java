package io.blastwall.app;

import io.blastwall.app.ui.main.ScreenshotCapture;
import io.blastwall.app.ui.main.ScreenshotRequest;
import io.blastwall.app.ui.main.StoryCapture;
import io.blastwall.app.ui.settings.SettingsStore;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX window. {@link #open(StoreSettings)} shows it and returns when it is closed; the database
 * is opened off the FX thread and closed in {@link #stop()}.
 */
public final class BlastwallApp extends Application {
    private static volatile StoreSettings settings = StoreSettings.embedded(StoreSettings.defaultDataDir());

    private Optional<AppContext> context = Optional.empty();

    /** Shows the window over the store in {@code storeSettings}; blocks until the window is closed. */
    public static void open(StoreSettings storeSettings) {
        settings = Objects.requireNonNull(storeSettings, "storeSettings");
        Application.launch(BlastwallApp.class);
    }

    @Override
    public void start(Stage stage) {
        StoreSettings store = settings;
        AppContext app = AppContext.create(stage, progress -> {
            progress.progress(store.isEmbedded() ? "Starting the embedded Neo4j" : "Connecting to Neo4j", 0, -1);
            return Workspace.open(store);
        }, Optional.of(SettingsStore.in(store.dataDir())));
        context = Optional.of(app);
        String select = ScreenshotRequest.selectionFromEnvironment();
        if (!select.isEmpty()) {
            app.mainViewModel().preferSelection(select);
        }
        ScreenshotRequest.darkThemeFromEnvironment().ifPresent(app.mainViewModel().darkThemeProperty()::set);
        ScreenshotRequest.fromEnvironment().ifPresent(request ->
                new ScreenshotCapture(request, app.scene(), app.mainViewModel(), app.background()).arm(Platform::exit));
        ScreenshotRequest.storyFolderFromEnvironment().ifPresent(folder -> new StoryCapture(folder, app.scene(),
                app.mainViewModel(), app.mainView(), app.background()).arm(Platform::exit));
        stage.show();
        app.start();
    }

    @Override
    public void stop() {
        context.ifPresent(AppContext::close);
        context = Optional.empty();
    }
}
