package io.jixiao.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The four real sample documents of data/samples and their golden outputs in data/expected. */
public final class Samples {

    public static final List<String> NAMES = List.of(
            "000_672dbaea54929c24.txt", "001_8565ebd750e095f3.txt", "002_13d1e6413ad98fbc.txt",
            "003_c12283996fba6272.txt");

    private Samples() {
    }

    public static Path dataDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data/samples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("data/samples not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("data");
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dataDir().resolve("samples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static Path expected(String name) {
        return dataDir().resolve("expected").resolve(name.replaceFirst("\\.txt$", ".json"));
    }

    /** The folder of the samples. */
    public static Path folder() {
        return dataDir().resolve("samples");
    }

    /** The sample whose file name starts with the prefix ("000" …). */
    public static Path file(String prefix) {
        return NAMES.stream().filter(name -> name.startsWith(prefix)).findFirst()
                .map(name -> folder().resolve(name))
                .orElseThrow(() -> new IllegalArgumentException("no sample " + prefix));
    }

    /** A copy of the samples folder, so a test can add files beside them. */
    public static Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            for (String name : NAMES) {
                Files.copy(folder().resolve(name), target.resolve(name));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
