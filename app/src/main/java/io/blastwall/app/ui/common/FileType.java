package io.blastwall.app.ui.common;

import java.util.List;
import java.util.Objects;

/**
 * A kind of file a save dialog offers.
 *
 * @param description "HTML report"
 * @param extension the extension with its dot, ".html"
 */
public record FileType(String description, String extension) {
    public static final FileType HTML = new FileType("HTML report (self-contained)", ".html");
    public static final FileType MARKDOWN = new FileType("Markdown report", ".md");
    public static final FileType JSON = new FileType("JSON report", ".json");
    public static final FileType PNG = new FileType("PNG picture", ".png");
    public static final FileType SVG = new FileType("SVG picture", ".svg");
    public static final List<FileType> REPORTS = List.of(HTML, MARKDOWN, JSON);

    public FileType {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(extension, "extension");
        if (!extension.startsWith(".")) {
            throw new IllegalArgumentException("an extension starts with a dot: " + extension);
        }
    }
}
