package io.blastwall.app;

import io.blastwall.app.background.BackgroundWork;
import io.blastwall.app.background.FxBackground;
import io.blastwall.app.ui.common.DialogService;
import io.blastwall.app.ui.common.FxDialogService;
import io.blastwall.app.ui.details.DetailsViewModel;
import io.blastwall.app.ui.graph.RadiusGraphViewModel;
import io.blastwall.app.ui.identities.IdentitiesViewModel;
import io.blastwall.app.ui.main.MainView;
import io.blastwall.app.ui.main.MainViewModel;
import io.blastwall.app.ui.main.WindowPanels;
import io.blastwall.app.ui.paths.PathsViewModel;
import io.blastwall.app.ui.status.StatusBarViewModel;
import io.blastwall.styles.Theme;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The one place that builds and connects the window's objects: background executor, dialogs, ViewModels
 * and Views. The workspace itself is opened in the background by {@link MainViewModel#start()}.
 */
public final class AppContext implements AutoCloseable {
    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 900;

    private final FxBackground background;
    private final MainViewModel mainViewModel;
    private final MainView mainView;
    private final Scene scene;

    private AppContext(FxBackground background, MainViewModel mainViewModel, MainView mainView, Scene scene) {
        this.background = background;
        this.mainViewModel = mainViewModel;
        this.mainView = mainView;
        this.scene = scene;
    }

    /**
     * Builds the window's content on {@code stage}; call {@link #start()} after showing it.
     *
     * @param openWorkspace opens the workspace; it runs off the FX thread
     */
    public static AppContext create(Stage stage, BackgroundWork<Workspace> openWorkspace) {
        FxBackground background = new FxBackground();
        DialogService dialogs = new FxDialogService(stage);
        WindowPanels panels = new WindowPanels(
                new IdentitiesViewModel(background, dialogs),
                new RadiusGraphViewModel(background, dialogs),
                new DetailsViewModel(),
                new PathsViewModel(background, dialogs));
        MainViewModel main = new MainViewModel(openWorkspace, background, dialogs, panels);
        MainView view = new MainView(main, new StatusBarViewModel(background, main.statusProperty()));
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        applyTheme(scene, main.themeProperty().get());
        main.themeProperty().addListener((obs, old, theme) -> applyTheme(scene, theme));
        stage.setScene(scene);
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        return new AppContext(background, main, view, scene);
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

    /** Stops background work, then closes the workspace and with it the database. */
    @Override
    public void close() {
        background.close();
        mainViewModel.close();
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }
}
