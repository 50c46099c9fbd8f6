package io.blastwall.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the paths a user gave into input files: a file as it is, a folder recursively (sorted, hidden files
 * skipped), a zip (found by its content, not its name) entry by entry, in memory. Zip entries whose path would
 * escape the archive are refused.
 */
final class InputLoader {
    private static final Logger LOG = LoggerFactory.getLogger(InputLoader.class);
    private static final long MAX_ENTRY_BYTES = 1L << 30;
    private static final long MAX_ARCHIVE_BYTES = 2L << 30;
    private static final int MAX_ENTRIES = 100_000;
    private static final int MAX_ZIP_DEPTH = 4;

    List<SourceInput> load(List<Path> paths) throws ImportException {
        List<SourceInput> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                loadFolder(path, inputs);
            } else if (Files.isRegularFile(path)) {
                addFile(path, true, inputs);
            } else {
                throw new ImportException(path.toString(), "", "no such file or folder");
            }
        }
        return inputs;
    }

    private void loadFolder(Path folder, List<SourceInput> inputs) throws ImportException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new ImportException(folder.toString(), "", "cannot list the folder: " + e.getMessage(), e);
        }
        for (Path file : files) {
            addFile(file, false, inputs);
        }
    }

    private void addFile(Path file, boolean explicit, List<SourceInput> inputs) throws ImportException {
        checkCancelled(file.toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ImportException(file.toString(), "", "cannot read the file: " + e.getMessage(), e);
        }
        if (isZip(bytes)) {
            readZip(file.toString(), bytes, 1, inputs);
        } else {
            inputs.add(new SourceInput(file.toString(), bytes, explicit));
        }
    }

    private void readZip(String zipName, byte[] bytes, int depth, List<SourceInput> inputs) throws ImportException {
        if (depth > MAX_ZIP_DEPTH) {
            throw new ImportException(zipName, "", "zip archives nested more than " + MAX_ZIP_DEPTH + " deep");
        }
        List<SourceInput> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                checkEntryName(zipName, name);
                if (entry.isDirectory() || isHidden(name)) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new ImportException(zipName, name, "the archive has more than " + MAX_ENTRIES + " files");
                }
                byte[] content = readEntry(zip, zipName, name);
                total += content.length;
                if (total > MAX_ARCHIVE_BYTES) {
                    throw new ImportException(zipName, name, "the archive expands to more than 2 GiB");
                }
                entries.add(new SourceInput(zipName + "!/" + name, content, false));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(zipName, "", "not a readable zip archive: " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(SourceInput::path));
        for (SourceInput entry : entries) {
            if (isZip(entry.content())) {
                readZip(entry.path(), entry.content(), depth + 1, inputs);
            } else {
                inputs.add(entry);
            }
        }
        LOG.debug("Read {} entries from {}", entries.size(), zipName);
    }

    private static byte[] readEntry(InputStream zip, String zipName, String entryName) throws IOException, ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            read += n;
            if (read > MAX_ENTRY_BYTES) {
                throw new ImportException(zipName, entryName, "the entry expands to more than 1 GiB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Refuses absolute paths, drive letters and any {@code ..} segment: such an entry would escape the archive. */
    static void checkEntryName(String zipName, String name) throws ImportException {
        String normal = name.replace('\\', '/');
        boolean absolute = normal.startsWith("/") || normal.matches("^[A-Za-z]:.*");
        boolean climbs = Stream.of(normal.split("/")).anyMatch(".."::equals);
        if (absolute || climbs || normal.indexOf('\0') >= 0) {
            throw new ImportException(zipName, name, "zip entry path escapes the archive");
        }
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5) && (bytes[3] == 4 || bytes[3] == 6);
    }

    private static boolean isHidden(Path relative) {
        return isHidden(relative.toString().replace('\\', '/'));
    }

    private static boolean isHidden(String relative) {
        return Stream.of(relative.split("/")).anyMatch(s -> s.startsWith(".") || s.equals("__MACOSX"));
    }

    static void checkCancelled(String file) throws ImportException {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportException(file, "", "import cancelled");
        }
    }
}
