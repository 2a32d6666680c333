package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.SnapshotManifest;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestSnapshotFiles {

    @TempDir
    java.nio.file.Path temp;

    @Test
    void aLocalFileIsHardLinkedAndOutlivesTheSnapshotItCameFrom() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        java.nio.file.Path from = write("old/forms/year=2023/part-a.parquet", "rows of 2023");
        java.nio.file.Path to = temp.resolve("new/forms/year=2023/part-a.parquet");

        SnapshotFiles.link(fs, path(from), path(to));

        assertThat(Files.isSameFile(from, to)).as("one file, two names").isTrue();
        assertThat(Files.getAttribute(to, "unix:nlink")).isEqualTo(2);
        deleteTree(temp.resolve("old"));
        assertThat(Files.readString(to)).isEqualTo("rows of 2023");
    }

    @Test
    void everyFileOfAManifestIsLinkedAtItsOwnPath() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        write("old/forms/year=2023/part-a.parquet", "forms");
        write("old/documents/part-b.parquet", "documents");
        write("old/forms/year=2023/part-not-listed.parquet", "left behind");
        SnapshotManifest manifest = new SnapshotManifest("old", null, List.of(
                new SnapshotManifest.DataFile("documents/part-b.parquet", 9),
                new SnapshotManifest.DataFile("forms/year=2023/part-a.parquet", 5)));

        SnapshotFiles.linkAll(fs, manifest, path(temp.resolve("old")), path(temp.resolve("new")));

        assertThat(Files.readString(temp.resolve("new/documents/part-b.parquet"))).isEqualTo("documents");
        assertThat(Files.readString(temp.resolve("new/forms/year=2023/part-a.parquet"))).isEqualTo("forms");
        assertThat(temp.resolve("new/forms/year=2023/part-not-listed.parquet")).doesNotExist();
    }

    @Test
    void aFileSystemWithoutHardLinksGetsACopy() throws IOException {
        FileSystem fs = new WithoutLinks();
        fs.initialize(URI.create("file:///"), new Configuration());
        java.nio.file.Path from = write("old/funds/year=2021/part-a.parquet", "fund lines");
        java.nio.file.Path to = temp.resolve("new/funds/year=2021/part-a.parquet");

        SnapshotFiles.link(fs, path(from), path(to));

        assertThat(Files.isSameFile(from, to)).as("a copy of its own").isFalse();
        assertThat(Files.readString(to)).isEqualTo("fund lines");
    }

    @Test
    void aTargetThatExistsIsNotReplacedAndIsNamed() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        java.nio.file.Path from = write("old/forms/part-a.parquet", "new rows");
        java.nio.file.Path to = write("new/forms/part-a.parquet", "rows already there");

        assertThatThrownBy(() -> SnapshotFiles.link(fs, path(from), path(to)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(to.toString()).hasMessageContaining("already exists");
        assertThat(Files.readString(to)).isEqualTo("rows already there");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        java.nio.file.Path from = temp.resolve("old/forms/part-gone.parquet");

        assertThatThrownBy(() -> SnapshotFiles.link(fs, path(from), path(temp.resolve("new/forms/part-gone.parquet"))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(from.toString());
        assertThat(temp.resolve("new/forms/part-gone.parquet")).doesNotExist();
    }

    private java.nio.file.Path write(String relative, String text) throws IOException {
        java.nio.file.Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path path(java.nio.file.Path file) {
        return new Path(file.toUri());
    }

    private static void deleteTree(java.nio.file.Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (java.nio.file.Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The local file system under another name, as HDFS or S3 would be: no hard links. */
    private static final class WithoutLinks extends FilterFileSystem {

        WithoutLinks() {
            super(new RawLocalFileSystem());
        }

        @Override
        public String getScheme() {
            return "withoutlinks";
        }
    }
}
