package io.jixiao.jobs.ingest;

import static io.jixiao.jobs.ingest.SharedSpark.ingest;

import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.LockHolder;
import io.jixiao.schema.warehouse.NotAWarehouseException;
import io.jixiao.schema.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15, fault 10: what is given as the warehouse, and the lock an ingest killed while taking it leaves. */
class TestWarehouseTarget {

    @TempDir
    Path temp;

    /** It was reported as "being written by another ingest". */
    @Test
    void aFileGivenAsTheWarehouseIsNamedAsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("warehouse"), "notes");

        assertThatThrownBy(() -> ingest(file, Samples.file("002"))).isInstanceOf(NotAWarehouseException.class)
                .hasMessageEndingWith("/warehouse is a file, not a warehouse folder");
        assertThat(file).hasContent("notes");
    }

    @Test
    void aFolderOfOtherFilesIsNotWrittenInto() throws IOException {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.copy(Samples.file("002"), documents.resolve("changji.txt"));

        assertThatThrownBy(() -> ingest(documents, Samples.file("003"))).isInstanceOf(NotAWarehouseException.class)
                .hasMessageContaining("is not a warehouse and not empty (it holds changji.txt)");
        try (var entries = Files.list(documents)) {
            assertThat(entries).containsExactly(documents.resolve("changji.txt"));
        }
    }

    @Test
    void aNewFolderWithOnlyHiddenEntriesBecomesAWarehouse() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("new"));
        Files.writeString(folder.resolve(".DS_Store"), "");

        assertThat(ingest(folder, Samples.file("002")).committed()).isTrue();
    }

    @Test
    void sparkReadsOfAFolderNoIngestWroteAreRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> SparkWarehouseViews.register(SharedSpark.session(), empty.toString()))
                .isInstanceOf(NotAWarehouseException.class).hasMessageContaining("is not a warehouse");
    }

    /** A kill -9 between creating {@code _lock} and writing its holder refused every later ingest, blank holder. */
    @Test
    void anEmptyLockIsRespectedWhileFreshAndTakenOverOnceOld() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
        Path lock = Files.write(warehouse.resolve(WarehouseLayout.LOCK), new byte[0]);

        assertThatThrownBy(() -> ingest(warehouse, Samples.file("002"))).isInstanceOf(WarehouseLockedException.class)
                .hasMessageContaining("the lock names no holder (empty)")
                .hasMessageContaining("taken as abandoned once 10 minutes old");

        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertThat(ingest(warehouse, Samples.file("002")).committed()).isTrue();
        assertThat(lock).doesNotExist();
    }

    /** In a container restarted after a kill, the new ingest may get the very pid the dead one had. */
    @Test
    void aLockWhosePidIsNowAnotherProcessIsTakenOver() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
        LockHolder before = new LockHolder(ProcessHandle.current().pid(), LockHolder.thisHost(),
                Instant.parse("2001-01-01T00:00:00Z"), "run-before-restart");
        Files.writeString(warehouse.resolve(WarehouseLayout.LOCK), before.text());

        assertThat(ingest(warehouse, Samples.file("002")).committed()).isTrue();
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).doesNotExist();
    }
}
