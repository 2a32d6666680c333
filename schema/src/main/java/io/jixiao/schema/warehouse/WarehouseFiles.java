package io.jixiao.schema.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the warehouse's bookkeeping needs of a file system, by paths relative to the warehouse root (the empty
 * path is the root itself): java.nio for DuckDB's local reads, Hadoop's FileSystem for Spark (HDFS, S3).
 */
public interface WarehouseFiles {

    /** The warehouse root, for messages. */
    String location();

    /** A small file's text (UTF-8); empty when there is no such file. */
    Optional<String> text(String path);

    /** The names in a folder, sorted; empty when there is no such folder. */
    List<String> names(String folder);

    /** A file's size; empty when there is no such file. */
    OptionalLong size(String path);

    /** The CRC32C of a file's bytes ({@link DataFileChecksum}); empty when there is no such file. */
    OptionalLong crc32c(String path);

    /** Whether a file or folder of that path exists. */
    boolean exists(String path);

    /** Whether that path is a file (not a folder). */
    boolean isFile(String path);

    /** {@code length} bytes of a file from {@code offset}; fewer at its end; empty when there is no such file. */
    Optional<byte[]> bytes(String path, long offset, int length);

    /** When a file or folder was last modified; empty when there is no such path. */
    Optional<Instant> modified(String path);
}
