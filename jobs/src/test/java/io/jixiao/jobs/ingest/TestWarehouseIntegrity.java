package io.jixiao.jobs.ingest;

import static io.jixiao.jobs.ingest.SharedSpark.ingest;

import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.CurrentSnapshot;
import io.jixiao.schema.warehouse.LocalWarehouseFiles;
import io.jixiao.schema.warehouse.LockHolder;
import io.jixiao.schema.warehouse.WarehouseCheck;
import io.jixiao.schema.warehouse.WarehouseDamagedException;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseRepair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, faults 1 and 7: a warehouse whose {@code CURRENT} or data files were damaged is read as it was last
 * committed or refused with the damage named, and an ingest never deletes what it cannot prove superseded.
 */
class TestWarehouseIntegrity {

    @TempDir
    Path temp;

    /** The two committed runs, ingested once for the class; each test damages a copy of its own. */
    @TempDir
    static Path shared;
    private static Path pristine;

    /** Two committed runs: Changji 2020 (4 forms), then Shanghai 2023 (5 forms). */
    private Path twoRuns() throws IOException {
        synchronized (TestWarehouseIntegrity.class) {
            if (pristine == null) {
                Path warehouse = shared.resolve("two-runs");
                assertThat(ingest(warehouse, Samples.file("002")).committed()).isTrue();
                assertThat(ingest(warehouse, Samples.file("000")).committed()).isTrue();
                pristine = warehouse;
            }
        }
        Path warehouse = temp.resolve("warehouse");
        try (java.util.stream.Stream<Path> files = Files.walk(pristine)) {
            for (Path source : files.toList()) {
                Path target = warehouse.resolve(pristine.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return warehouse;
    }

    private static long formsSeenBySpark(Path warehouse) {
        SparkWarehouseViews.register(SharedSpark.session(), warehouse.toString());
        return SharedSpark.session().sql("SELECT count(*) FROM forms").first().getLong(0);
    }

    /** Fault 1: every read answered 0 and the next ingest deleted every earlier snapshot (1,727 forms became 5). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "deleted", "names a missing snapshot", "garbage"})
    void aBrokenCurrentIsReadAsTheLastCommittedSnapshotAndTheNextIngestKeepsEverything(String damage)
            throws IOException {
        Path warehouse = twoRuns();
        String last = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        Path current = warehouse.resolve(WarehouseLayout.CURRENT);
        switch (damage) {
            case "empty" -> Files.write(current, new byte[0]);
            case "deleted" -> {
                Files.delete(current);
                Files.deleteIfExists(warehouse.resolve("." + WarehouseLayout.CURRENT + ".crc"));
            }
            case "names a missing snapshot" -> Files.writeString(current, "20991231T000000Z-deadbeef\n");
            default -> Files.writeString(current, "../../etc\n");
        }

        assertThat(WarehouseLayout.currentSnapshot(warehouse)).contains(last);
        assertThat(formsSeenBySpark(warehouse)).isEqualTo(4 + 5);

        IngestSummary next = ingest(warehouse, Samples.file("003"));

        assertThat(next.committed()).isTrue();
        assertThat(formsSeenBySpark(warehouse)).isEqualTo(4 + 5 + 6);
        assertThat(Files.readString(current).strip()).isEqualTo(next.runId());
        assertThat(snapshots(warehouse)).as("the snapshot the new one was built from is kept").contains(last);
    }

    /** Fault 1: nothing new to add still points CURRENT back at what readers read. */
    @Test
    void anIngestWithNothingNewRepairsABrokenCurrent() throws IOException {
        Path warehouse = twoRuns();
        String last = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        Files.write(warehouse.resolve(WarehouseLayout.CURRENT), new byte[0]);

        assertThat(ingest(warehouse, Samples.file("000")).committed()).isFalse();

        assertThat(Files.readString(warehouse.resolve(WarehouseLayout.CURRENT)).strip()).isEqualTo(last);
    }

    /** Fault 1: with no snapshot marked complete, there is nothing to fall back on: refuse, delete nothing. */
    @Test
    void aBrokenCurrentWithoutACompleteSnapshotIsRefusedAndNothingIsDeleted() throws IOException {
        Path warehouse = twoRuns();
        List<String> before = snapshots(warehouse);
        for (String snapshot : before) {
            Files.delete(warehouse.resolve(CurrentSnapshot.manifestPath(snapshot)));
        }
        Files.write(warehouse.resolve(WarehouseLayout.CURRENT), new byte[0]);

        assertThatThrownBy(() -> formsSeenBySpark(warehouse)).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining("CURRENT is empty").hasMessageContaining("no snapshot is marked complete");
        assertThatThrownBy(() -> ingest(warehouse, Samples.file("003")))
                .isInstanceOf(WarehouseDamagedException.class).hasMessageContaining(warehouse.toString());

        assertThat(snapshots(warehouse)).isEqualTo(before);
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).doesNotExist();
    }

    /**
     * Fault 7: a deleted Parquet file made every read answer without its rows (1,567 forms of 1,727), and a new
     * ingest reported everything unchanged. Now reads and the ingest refuse, naming the file and the way back.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deleted", "truncated", "changed in place"})
    void aDamagedDataFileIsRefusedByReadsAndByTheIngestAndNothingIsDeleted(String damage) throws IOException {
        Path warehouse = twoRuns();
        String last = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        String parent = snapshots(warehouse).stream().filter(s -> !s.equals(last)).findFirst().orElseThrow();
        Path file = warehouse.resolve("snapshots/" + last + "/forms/year=2023");
        try (Stream<Path> files = Files.list(file)) {
            file = files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        if (damage.equals("deleted")) {
            Files.delete(file);
        } else if (damage.equals("changed in place")) {
            // one byte in the middle, size unchanged: what a size check misses
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ByteBuffer one = ByteBuffer.allocate(1);
                long middle = channel.size() / 2;
                channel.read(one, middle);
                channel.write(ByteBuffer.wrap(new byte[] {(byte) (one.get(0) ^ 0x5a)}), middle);
            }
        } else {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() / 2);
            }
        }
        List<String> before = snapshots(warehouse);

        assertThatThrownBy(() -> formsSeenBySpark(warehouse)).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining(switch (damage) {
                    case "deleted" -> "is missing";
                    case "truncated" -> "bytes, the manifest says";
                    default -> "was changed after it was written: its CRC32C is";
                })
                .hasMessageContaining("Snapshot " + parent + ", the one it was built from, is intact");
        assertThatThrownBy(() -> ingest(warehouse, Samples.file("000")))
                .isInstanceOf(WarehouseDamagedException.class).hasMessageContaining(file.getFileName().toString());
        assertThat(snapshots(warehouse)).isEqualTo(before);
        assertThat(new LocalWarehouseFiles(warehouse).text(WarehouseLayout.CURRENT).orElseThrow().strip())
                .isEqualTo(last);

        // the way back the message gives: the intact snapshot made current, the later documents ingested again
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), parent + "\n");
        assertThat(ingest(warehouse, Samples.file("000")).committed()).isTrue();
        assertThat(formsSeenBySpark(warehouse)).isEqualTo(4 + 5);
    }

    /**
     * The manifest of the snapshot in force deleted together with one of its data files: the snapshot was read
     * unchecked, as one written before manifests, so its lost file went unnoticed and the next ingest built on it.
     * Now reads and the ingest refuse, the check says why, and the repair goes back to the intact snapshot.
     */
    @Test
    void aSnapshotThatLostItsManifestIsRefusedAndRepairedToTheOneBeforeIt() throws IOException {
        Path warehouse = twoRuns();
        String last = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        String parent = snapshots(warehouse).stream().filter(s -> !s.equals(last)).findFirst().orElseThrow();
        Files.delete(warehouse.resolve(CurrentSnapshot.manifestPath(last)));
        try (Stream<Path> files = Files.walk(warehouse.resolve("snapshots/" + last))) {
            Files.delete(files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow());
        }
        List<String> before = snapshots(warehouse);

        assertThatThrownBy(() -> formsSeenBySpark(warehouse)).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining("MANIFEST of snapshot " + last + " (in force) is missing");
        assertThatThrownBy(() -> ingest(warehouse, Samples.file("003")))
                .isInstanceOf(WarehouseDamagedException.class);
        assertThat(snapshots(warehouse)).isEqualTo(before);

        LocalWarehouseFiles files = new LocalWarehouseFiles(warehouse);
        WarehouseCheck check = WarehouseCheck.of(files, LockHolder.thisHost(), Instant.now());
        assertThat(check.problems()).singleElement().asString().contains("MANIFEST is missing");
        new WarehouseRepair(warehouse).apply(check.repairs());

        assertThat(WarehouseLayout.currentSnapshot(warehouse)).contains(parent);
        assertThat(formsSeenBySpark(warehouse)).isEqualTo(4);
        assertThat(snapshots(warehouse)).isEqualTo(before);
    }

    private static List<String> snapshots(Path warehouse) throws IOException {
        try (Stream<Path> entries = Files.list(warehouse.resolve(WarehouseLayout.SNAPSHOTS))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
