package io.jixiao.schema.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Carries out a {@link WarehouseCheck}'s repair steps on a local warehouse, holding the warehouse's lock meanwhile
 * so that no ingest starts half-way. Each step first checks that what it changes is still what the check saw.
 */
public final class WarehouseRepair {

    private final Path root;

    public WarehouseRepair(Path root) {
        this.root = requireNonNull(root, "root");
    }

    /** Applies the steps; returns what was done, one line each. */
    public List<String> apply(List<RepairStep> steps) {
        List<String> done = new ArrayList<>();
        for (RepairStep step : steps) {
            if (step.kind() == RepairStep.Kind.REMOVE_STALE_LOCK) {
                if (!text(WarehouseLayout.LOCK).equals(Optional.of(step.seen()))) {
                    throw new IllegalStateException(root.resolve(WarehouseLayout.LOCK) + " changed since the check: "
                            + "nothing repaired; run the check again");
                }
                delete(root.resolve(WarehouseLayout.LOCK));
                done.add(step.describe());
            }
        }
        Path lock = root.resolve(WarehouseLayout.LOCK);
        try {
            Files.writeString(lock, LockHolder.thisProcess("repair").text(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("an ingest took " + lock + " since the check: nothing more repaired");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + root + ": " + e.getMessage(), e);
        }
        try {
            for (RepairStep step : steps) {
                switch (step.kind()) {
                    case POINT_CURRENT -> pointCurrent(step);
                    case REMOVE_STAGING -> deleteTree(root.resolve(WarehouseLayout.STAGING));
                    case REMOVE_STALE_LOCK -> {
                        continue;
                    }
                }
                done.add(step.describe());
            }
        } finally {
            delete(lock);
        }
        return done;
    }

    private void pointCurrent(RepairStep step) {
        Path current = root.resolve(WarehouseLayout.CURRENT);
        if (!text(WarehouseLayout.CURRENT).map(String::strip).orElse("").equals(step.seen())) {
            throw new IllegalStateException(current + " changed since the check: not rewritten; run the check again");
        }
        Path next = root.resolve("." + WarehouseLayout.CURRENT + ".next");
        try {
            Files.writeString(next, step.target() + "\n", StandardCharsets.UTF_8);
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // a checksum Hadoop once wrote beside CURRENT no longer matches it
            Files.deleteIfExists(root.resolve("." + WarehouseLayout.CURRENT + ".crc"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + current + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> text(String path) {
        return new LocalWarehouseFiles(root).text(path);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
