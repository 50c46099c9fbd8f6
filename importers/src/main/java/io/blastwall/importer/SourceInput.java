package io.blastwall.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of one input file, read from disk or from a zip entry.
 *
 * @param path the path shown to people: the file as given, or {@code archive.zip!/entry} for zip entries
 * @param content the raw bytes
 * @param explicit true when the user named this file directly; files found in folders or zips are not explicit, and
 *     unknown content there is a warning rather than an error
 */
public record SourceInput(String path, byte[] content, boolean explicit) {
    public SourceInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public long size() {
        return content.length;
    }

    /** The file name without folders, for example {@code AdministratorAccess.json}. */
    public String fileName() {
        int cut = Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
        return path.substring(cut + 1);
    }

    /** The content as UTF-8 text without a byte-order mark. */
    public String text() {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
