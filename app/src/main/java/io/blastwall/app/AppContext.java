package io.blastwall.app;

import io.blastwall.app.background.BackgroundWork;
import io.blastwall.app.background.FxBackground;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.FxDialogService;
import io.blastwall.app.ui.console.CypherConsoleViewModel;
import io.blastwall.app.ui.cuts.CutsViewModel;
import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.export.ExportViewModel;
import io.blastwall.app.ui.findings.FindingsViewModel;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.main.MainView;
import io.blastwall.app.ui.main.MainViewModel;
import io.blastwall.app.ui.main.WindowPanels;
import io.blastwall.app.ui.paths.PathsViewModel;
import io.blastwall.app.ui.settings.SettingsStore;
import io.blastwall.app.ui.settings.WindowSettings;
import io.blastwall.app.ui.status.StatusBarViewModel;
import io.blastwall.styles.Theme;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one place that builds and connects the window's objects: background executor, dialogs, ViewModels
 * and Views. The workspace itself is opened in the background by {@link MainViewModel#start()}.
 */
public final class AppContext implements AutoCloseable {
    private final FxBackground background;
    private final MainViewModel mainViewModel;
    private final MainView mainView;
    private final Scene scene;
    private final Stage stage;

    private AppContext(FxBackground background, MainViewModel mainViewModel, MainView mainView, Scene scene, Stage stage) {
        this.background = background;
        this.mainViewModel = mainViewModel;
        this.mainView = mainView;
        this.scene = scene;
        this.stage = stage;
    }

    /** Builds the window's content on {@code stage}, remembering nothing between runs (tests). */
    public static AppContext create(Stage stage, BackgroundWork<Workspace> openWorkspace) {
        return create(stage, openWorkspace, Optional.empty());
    }

    /**
     * Builds the window's content on {@code stage}; call {@link #start()} after showing it.
     *
     * @param openWorkspace opens the workspace; it runs off the FX thread
     * @param settings where the theme, window layout and recent files are remembered; empty for nowhere
     */
    public static AppContext create(Stage stage, BackgroundWork<Workspace> openWorkspace, Optional<SettingsStore> settings) {
        return create(stage, openWorkspace, settings, new FxDialogService(stage));
    }

    /** As {@link #create(Stage, BackgroundWork, Optional)}, with the given dialogs (tests answer file choosers). */
    public static AppContext create(Stage stage, BackgroundWork<Workspace> openWorkspace, Optional<SettingsStore> settings,
            DialogService dialogs) {
        FxBackground background = new FxBackground();
        CanvasPictures pictures = new CanvasPictures();
        WindowPanels panels = new WindowPanels(
                new IdentitiesViewModel(background, dialogs),
                new RadiusGraphViewModel(background, dialogs),
                new DetailsViewModel(),
                new PathsViewModel(background, dialogs),
                new CutsViewModel(background, dialogs),
                new FindingsViewModel(background, dialogs),
                new CypherConsoleViewModel(background, dialogs),
                new ExportViewModel(background, dialogs, pictures, Clock.systemUTC()));
        MainViewModel main = new MainViewModel(openWorkspace, background, dialogs, panels);
        settings.ifPresent(main::rememberIn);
        MainView view = new MainView(main, new StatusBarViewModel(background, main.statusProperty()));
        pictures.show(view.graphView(), panels.graph());
        WindowSettings saved = main.savedSettings();
        Scene scene = new Scene(view, saved.width(), saved.height());
        applyTheme(scene, main.themeProperty().get());
        main.themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
        stage.setScene(scene);
        stage.setMaximized(saved.maximized());
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        return new AppContext(background, main, view, scene, stage);
    }

    /** Opens the workspace and loads the newest snapshot (the sample when the store is empty). */
    public void start() {
        mainViewModel.start();
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public MainView mainView() {
        return mainView;
    }

    public Scene scene() {
        return scene;
    }

    public FxBackground background() {
        return background;
    }

    /** Remembers the layout, stops background work, then closes the workspace and with it the database. */
    @Override
    public void close() {
        mainViewModel.saveSettings(scene.getWidth(), scene.getHeight(), stage.isMaximized(), mainView.dividers());
        background.close();
        mainViewModel.close();
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }
}
