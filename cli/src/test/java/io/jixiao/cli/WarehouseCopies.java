package io.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the sample warehouse for tests that damage them. */
final class WarehouseCopies {

    private WarehouseCopies() {
    }

    static Path copy(Path warehouse, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(warehouse)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(warehouse.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    /** The first Parquet file of the forms table in the snapshot in force. */
    static Path formsFile(Path warehouse) throws IOException {
        try (Stream<Path> files = Files.walk(warehouse.resolve("snapshots"))) {
            return files.filter(f -> f.toString().contains("/forms/") && f.toString().endsWith(".parquet"))
                    .sorted().findFirst().orElseThrow();
        }
    }
}
