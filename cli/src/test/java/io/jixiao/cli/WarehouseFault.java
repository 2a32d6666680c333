package io.jixiao.cli;

import io.jixiao.schema.warehouse.LockHolder;
import io.jixiao.schema.warehouse.WarehouseLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Damage a careless user or a failing disk does to a warehouse, applied to a random snapshot or file. */
enum WarehouseFault {

    CURRENT_EMPTY("CURRENT emptied"),
    CURRENT_DELETED("CURRENT deleted"),
    CURRENT_GARBAGE("CURRENT names no snapshot"),
    CURRENT_MISSING_SNAPSHOT("CURRENT names a snapshot that is not there"),
    MANIFEST_DELETED("a manifest deleted"),
    MANIFEST_CUT("a manifest cut short"),
    DATA_DELETED("a data file deleted"),
    DATA_TRUNCATED("a data file truncated"),
    DATA_BYTE_CHANGED("a byte of a data file changed, size kept"),
    LOCK_EMPTY_OLD("an empty lock an hour old"),
    LOCK_EMPTY_FRESH("an empty lock just made"),
    LOCK_DEAD_PROCESS("a lock naming a dead process");

    private final String description;

    WarehouseFault(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Whether the fault changes what a snapshot holds (its manifest or data), not only the pointer or the lock. */
    boolean damagesSnapshots() {
        return name().startsWith("MANIFEST") || name().startsWith("DATA");
    }

    /** Applies the fault; false when the warehouse has nothing it applies to (no manifest, no data file). */
    boolean apply(Path warehouse, Random random) throws IOException {
        Path current = warehouse.resolve(WarehouseLayout.CURRENT);
        Path lock = warehouse.resolve(WarehouseLayout.LOCK);
        switch (this) {
            case CURRENT_EMPTY -> Files.write(current, new byte[0]);
            case CURRENT_DELETED -> Files.deleteIfExists(current);
            case CURRENT_GARBAGE -> Files.writeString(current, "../../etc\n");
            case CURRENT_MISSING_SNAPSHOT -> Files.writeString(current, "20991231T000000000Z-deadbeef\n");
            case LOCK_EMPTY_OLD -> {
                Files.write(lock, new byte[0]);
                Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
            case LOCK_EMPTY_FRESH -> Files.write(lock, new byte[0]);
            case LOCK_DEAD_PROCESS -> Files.writeString(lock,
                    new LockHolder(Long.MAX_VALUE - 1, LockHolder.thisHost(), Instant.now(), "killed").text());
            default -> {
                return applyToSnapshot(warehouse, random);
            }
        }
        return true;
    }

    private boolean applyToSnapshot(Path warehouse, Random random) throws IOException {
        List<Path> candidates;
        try (Stream<Path> files = Files.walk(warehouse.resolve(WarehouseLayout.SNAPSHOTS))) {
            candidates = files.filter(Files::isRegularFile)
                    .filter(f -> name().startsWith("MANIFEST") ? f.getFileName().toString().equals("MANIFEST")
                            : f.getFileName().toString().endsWith(".parquet"))
                    .sorted().toList();
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Path file = candidates.get(random.nextInt(candidates.size()));
        byte[] bytes = Files.readAllBytes(file);
        switch (this) {
            case MANIFEST_DELETED, DATA_DELETED -> Files.delete(file);
            case MANIFEST_CUT, DATA_TRUNCATED -> Files.write(file,
                    java.util.Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length))));
            case DATA_BYTE_CHANGED -> {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                Files.write(file, bytes);
            }
            default -> throw new IllegalStateException(name());
        }
        return true;
    }
}
