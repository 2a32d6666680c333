package io.jixiao.schema.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * The list of a snapshot's data files with their sizes and checksums, and the snapshot it was built from. An
 * ingest writes it into the snapshot folder ({@link #FILE_NAME}) after every data file and before it switches
 * {@code CURRENT}: a snapshot with a manifest is complete. Readers read exactly the files it names, after checking that each is
 * there with its size and checksum, so a missing, truncated or changed file is refused instead of answered around.
 *
 * <p>Text, one line each: {@code jixiao-snapshot 2}, {@code parent <snapshot or ->}, one {@code file <bytes>
 * <crc32c> <path>} per data file (path relative to the snapshot folder, table first; the CRC32C in eight hex
 * digits) and {@code end <files>}, whose absence tells a manifest cut short. Version 1, written before checksums,
 * has {@code file <bytes> <path>} lines; its files are checked by size alone.
 */
public record SnapshotManifest(String snapshot, String parent, List<DataFile> files) {

    public static final String FILE_NAME = "MANIFEST";
    private static final String HEADER = "jixiao-snapshot 2";
    private static final String HEADER_WITHOUT_CHECKSUMS = "jixiao-snapshot 1";

    /**
     * A data file of the snapshot: its path relative to the snapshot folder, its size in bytes and the CRC32C of
     * its bytes ({@link DataFileChecksum}); no checksum for a file of a manifest written before checksums.
     */
    public record DataFile(String path, long bytes, OptionalLong crc32c) {

        /** A file known by its size alone. */
        public DataFile(String path, long bytes) {
            this(path, bytes, OptionalLong.empty());
        }

        public DataFile(String path, long bytes, long crc32c) {
            this(path, bytes, OptionalLong.of(crc32c));
        }

        public DataFile {
            requireNonNull(path, "path");
            requireNonNull(crc32c, "crc32c");
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
            text.append("file ").append(file.bytes()).append(' ')
                    .append(file.crc32c().isPresent() ? DataFileChecksum.text(file.crc32c().getAsLong()) : "-")
                    .append(' ').append(file.path()).append('\n');
        }
        return text.append("end ").append(files.size()).append('\n').toString();
    }

    /** Reads a manifest back; a text that is not a whole manifest is refused, naming what is wrong. */
    public static SnapshotManifest parse(String snapshot, String text) {
        String[] lines = text.split("\n", -1);
        boolean checksums = lines[0].equals(HEADER);
        if (lines.length < 4 || !checksums && !lines[0].equals(HEADER_WITHOUT_CHECKSUMS)
                || !lines[1].startsWith("parent ")) {
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
            String[] parts = line.split(" ", checksums ? 4 : 3);
            if (parts.length != (checksums ? 4 : 3) || !parts[0].equals("file")) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the manifest is not a file: " + line);
            }
            long bytes;
            try {
                bytes = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the manifest has no size: " + line, e);
            }
            if (!checksums) {
                files.add(new DataFile(parts[2], bytes));
            } else if (parts[2].equals("-")) {
                files.add(new DataFile(parts[3], bytes));
            } else {
                try {
                    files.add(new DataFile(parts[3], bytes, DataFileChecksum.parse(parts[2])));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + (i + 1) + " of the manifest has no checksum: "
                            + line, e);
                }
            }
        }
        throw new IllegalArgumentException("the manifest is cut short (no end line)");
    }
}
