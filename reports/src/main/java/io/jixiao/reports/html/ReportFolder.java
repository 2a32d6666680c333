package io.jixiao.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The folder a report is written into. The report replaces only files an earlier report wrote there: its
 * {@code index.html} (marked by its generator tag) and the charts that page links to. Any other file in the way, or
 * a link, is someone else's: the report refuses before it writes anything. Each file is written beside its target
 * and moved over it, so a report cut short leaves the earlier one whole.
 */
final class ReportFolder {

    static final String GENERATOR = "<meta name=\"generator\" content=\"Jixiao\">";

    private final Path directory;

    ReportFolder(Path directory) {
        this.directory = requireNonNull(directory, "directory");
    }

    /** Refuses the folder when a file the report would write is in the way and is not an earlier report's. */
    void requireReplaceable(List<String> files) {
        String earlier = earlierReport();
        for (String file : files) {
            Path target = directory.resolve(file);
            if (Files.isSymbolicLink(target)) {
                throw refused(target, "is a link");
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean written = !Files.isDirectory(target) && earlier != null
                    && (file.equals(ReportWriter.INDEX) || earlier.contains("\"" + file + "\""));
            if (!written) {
                throw refused(target, "exists and is not from an earlier report");
            }
        }
    }

    void write(String file, String text) {
        Path target = directory.resolve(file);
        Path next = target.resolveSibling("." + target.getFileName() + ".next");
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The page of an earlier report in this folder; null when there is none. */
    private String earlierReport() {
        Path index = directory.resolve(ReportWriter.INDEX);
        if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            String html = Files.readString(index, StandardCharsets.UTF_8);
            return html.contains(GENERATOR) ? html : null;
        } catch (IOException | UncheckedIOException e) {
            return null;  // not UTF-8 text: not a page a report wrote
        }
    }

    private IllegalStateException refused(Path target, String why) {
        return new IllegalStateException(target + " " + why + "; the report was not written (give --out a new "
                + "or empty folder, or one an earlier report wrote)");
    }
}
