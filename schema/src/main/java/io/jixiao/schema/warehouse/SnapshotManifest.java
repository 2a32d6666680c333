package io.jixiao.schema.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The list of a snapshot's data files with their sizes, and the snapshot it was built from. An ingest writes it
 * into the snapshot folder ({@link #FILE_NAME}) after every data file and before it switches {@code CURRENT}: a
 * snapshot with a manifest is complete. Readers read exactly the files it names, after checking that each is
 * there with its size, so a missing or truncated file is refused instead of answered around.
 *
 * <p>Text, one line each: {@code jixiao-snapshot 1}, {@code parent <snapshot or ->}, one {@code file <bytes>
 * <path>} per data file (path relative to the snapshot folder, table first), and {@code end <files>}, whose
 * absence tells a manifest cut short.
 */
public record SnapshotManifest(String snapshot, String parent, List<DataFile> files) {

    public static final String FILE_NAME = "MANIFEST";
    private static final String HEADER = "jixiao-snapshot 1";

    /** A data file of the snapshot: its path relative to the snapshot folder and its size in bytes. */
    public record DataFile(String path, long bytes) {

        public DataFile {
            requireNonNull(path, "path");
            if (path.isEmpty() || path.contains("\n") || path.startsWith("/") || path.contains("..")) {
                throw new IllegalArgumentException("not a path inside a snapshot: " + path);
            }
        }

        /** The table the file belongs to: the first folder of its path. */
        public String table() {
            int slash = path.indexOf('/');
            return slash < 0 ? "" : path.substring(0, slash);
        }
    }

    public SnapshotManifest {
        requireNonNull(snapshot, "snapshot");
        files = List.copyOf(files);
    }

    /** The files of one table. */
    public List<DataFile> files(WarehouseTable table) {
        return files.stream().filter(f -> f.table().equals(table.name())).toList();
    }

    /** The snapshot this one was built from; empty for a warehouse's first. */
    public Optional<String> parentSnapshot() {
        return Optional.ofNullable(parent);
    }

    public String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("parent ").append(parent == null ? "-" : parent).append('\n');
        for (DataFile file : files) {
            text.append("file ").append(file.bytes()).append(' ').append(file.path()).append('\n');
        }
        return text.append("end ").append(files.size()).append('\n').toString();
    }

    /** Reads a manifest back; a text that is not a whole manifest is refused, naming what is wrong. */
    public static SnapshotManifest parse(String snapshot, String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(HEADER) || !lines[1].startsWith("parent ")) {
            throw new IllegalArgumentException("not a snapshot manifest");
        }
        String parent = lines[1].substring("parent ".length());
        List<DataFile> files = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("end ")) {
                if (!line.equals("end " + files.size()) || i + 2 != lines.length || !lines[i + 1].isEmpty()) {
                    throw new IllegalArgumentException("the manifest's end does not match its " + files.size()
                            + " files");
                }
                return new SnapshotManifest(snapshot, parent.equals("-") ? null : parent, files);
            }
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].equals("file")) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the manifest is not a file: " + line);
            }
            try {
                files.add(new DataFile(parts[2], Long.parseLong(parts[1])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the manifest has no size: " + line, e);
            }
        }
        throw new IllegalArgumentException("the manifest is cut short (no end line)");
    }
}
