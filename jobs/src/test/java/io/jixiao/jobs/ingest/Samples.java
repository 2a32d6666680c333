package io.jixiao.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real sample documents of data/samples, found from the module folder the tests run in. */
public final class Samples {

    private Samples() {
    }

    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("data/samples");
            if (Files.isDirectory(samples)) {
                return samples;
            }
        }
        throw new IllegalStateException("data/samples not found above " + Path.of("").toAbsolutePath());
    }

    public static Path file(String prefix) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no sample " + prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the samples folder (so a test can add files beside them). */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.list(folder())) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
