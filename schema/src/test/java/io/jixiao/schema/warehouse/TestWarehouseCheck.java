package io.jixiao.schema.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15: what {@code jixiao check} finds and what {@code jixiao repair} does, at the level of the files. */
class TestWarehouseCheck {

    private static final String FIRST = "20261201T100000Z-aaaaaaaa";
    private static final String SECOND = "20261201T110000Z-bbbbbbbb";
    private static final String THIRD = "20261201T120000Z-cccccccc";
    private static final String HOST = LockHolder.thisHost();

    @TempDir
    Path warehouse;

    private Path snapshot(String id, String parent) throws IOException {
        Path data = Files.createDirectories(warehouse.resolve("snapshots/" + id + "/forms/year=2023"));
        Files.write(data.resolve("part-1.parquet"), parquetLike(100));
        Files.writeString(warehouse.resolve(CurrentSnapshot.manifestPath(id)), new SnapshotManifest(id, parent,
                List.of(new SnapshotManifest.DataFile("forms/year=2023/part-1.parquet", 100))).text());
        Files.createDirectories(warehouse.resolve("runs/" + id));
        return data.resolve("part-1.parquet");
    }

    /** Bytes that start and end as a Parquet file does. */
    private static byte[] parquetLike(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, size - 4, 4);
        return bytes;
    }

    private void current(String id) throws IOException {
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), id + "\n");
    }

    private WarehouseCheck check() {
        return WarehouseCheck.of(new LocalWarehouseFiles(warehouse), HOST, Instant.now());
    }

    /** Repairs as {@code jixiao repair --yes} does, and checks again. */
    private WarehouseCheck repaired() {
        new WarehouseRepair(warehouse).apply(check().repairs());
        return check();
    }

    @Test
    void aCommittedWarehouseIsConsistentAndNamesWhatTheNextIngestDeletes() throws IOException {
        snapshot(FIRST, null);
        snapshot(SECOND, FIRST);
        snapshot(THIRD, SECOND);
        current(THIRD);

        WarehouseCheck check = check();

        assertThat(check.consistent()).isTrue();
        assertThat(check.inForce()).contains(THIRD);
        assertThat(check.repairs()).isEmpty();
        assertThat(check.notes()).contains("snapshot in force: " + THIRD)
                .anySatisfy(n -> assertThat(n).startsWith("snapshot " + FIRST + " is superseded"))
                .anySatisfy(n -> assertThat(n).startsWith("snapshot " + SECOND
                        + " is the one the snapshot in force was built"));
    }

    @Test
    void anEmptyCurrentIsPointedAtTheNewestIntactSnapshot() throws IOException {
        snapshot(FIRST, null);
        snapshot(SECOND, FIRST);
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), "");

        WarehouseCheck check = check();

        assertThat(check.problems()).containsExactly("CURRENT is empty");
        assertThat(check.repairs()).extracting(RepairStep::describe).containsExactly("write " + SECOND
                + " into CURRENT");
        assertThat(warehouse.resolve(WarehouseLayout.CURRENT)).hasContent("");
        assertThat(repaired().consistent()).isTrue();
        assertThat(warehouse.resolve(WarehouseLayout.CURRENT)).hasContent(SECOND);
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).as("the repair's own lock is released").doesNotExist();
    }

    /** The one named is damaged: back to the snapshot it was built from, not to a newer one off its line. */
    @Test
    void aDamagedSnapshotInForceGivesWayToItsIntactParentAndIsKept() throws IOException {
        snapshot(FIRST, null);
        Path file = snapshot(SECOND, FIRST);
        snapshot(THIRD, null);  // intact and newer, but not what SECOND was built from
        current(SECOND);
        Files.write(file, new byte[60]);

        WarehouseCheck check = check();

        assertThat(check.problems()).singleElement().asString().startsWith("CURRENT names snapshot " + SECOND
                + ", which is damaged: 1 of its 1 data files are missing, short or changed").contains("has 60 bytes");
        assertThat(check.inForce()).contains(FIRST);
        WarehouseCheck after = repaired();
        assertThat(after.consistent()).isTrue();
        assertThat(after.inForce()).contains(FIRST);
        assertThat(file).as("nothing proves the damaged snapshot superseded").exists();
        assertThat(after.notes())
                .anySatisfy(n -> assertThat(n).startsWith("snapshot " + SECOND + " is damaged and not read"))
                .anySatisfy(n -> assertThat(n).startsWith("snapshot " + THIRD + " is intact but not one")
                        .endsWith("not proven superseded"));
    }

    /**
     * Fault 11: a file overwritten in place keeps its size. Where the manifest has no checksum for it (written before
     * checksums), the check still tells it by the Parquet magic bytes it lost.
     */
    @Test
    void aDataFileOverwrittenInPlaceIsDamage() throws IOException {
        snapshot(FIRST, null);
        Path file = snapshot(SECOND, FIRST);
        current(SECOND);
        Files.write(file, new byte[100]);

        WarehouseCheck check = check();

        assertThat(check.problems()).singleElement().asString().contains("which is damaged: 1 of its 1 data files "
                + "are not Parquet (no PAR1 at their start and end: overwritten?), first snapshots/" + SECOND
                + "/forms/year=2023/part-1.parquet");
        assertThat(repaired().inForce()).contains(FIRST);
    }

    @Test
    void withoutAnIntactSnapshotNothingIsRepairedAndTheCheckSaysSo() throws IOException {
        Files.delete(snapshot(FIRST, null));
        current(FIRST);

        WarehouseCheck check = check();

        assertThat(check.consistent()).isFalse();
        assertThat(check.repairs()).isEmpty();
        assertThat(check.unrepairable()).singleElement().asString().contains("restore the warehouse from a backup");
    }

    /** Issue 15, fault 10: a kill -9 between creating the lock and writing its holder left an empty lock. */
    @Test
    void anEmptyLockIsAnIngestTakingItUntilItIsOldThenStaleAndRemoved() throws IOException {
        snapshot(FIRST, null);
        current(FIRST);
        Path lock = Files.write(warehouse.resolve(WarehouseLayout.LOCK), new byte[0]);

        WarehouseCheck fresh = check();
        assertThat(fresh.consistent()).isTrue();
        assertThat(fresh.lockedByLiveIngest()).isTrue();

        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        WarehouseCheck old = check();
        assertThat(old.problems()).singleElement().asString()
                .isEqualTo("_lock is stale: the lock names no holder (empty) and is 60 minutes old: left by an "
                        + "ingest killed while it took the lock");
        assertThat(repaired().consistent()).isTrue();
        assertThat(lock).doesNotExist();
    }

    @Test
    void aKilledIngestsStagingIsRemovedButALiveIngestsIsLeftAlone() throws IOException {
        snapshot(FIRST, null);
        current(FIRST);
        Files.createDirectories(warehouse.resolve("_staging/run/forms"));
        Files.createDirectories(warehouse.resolve("snapshots/" + SECOND + "/forms"));  // being written
        Files.writeString(warehouse.resolve(WarehouseLayout.LOCK),
                LockHolder.thisProcess("run").text());

        WarehouseCheck live = check();
        assertThat(live.consistent()).isTrue();
        assertThat(live.notes()).noneMatch(n -> n.contains(SECOND));

        Files.delete(warehouse.resolve(WarehouseLayout.LOCK));
        WarehouseCheck dead = check();
        assertThat(dead.problems()).containsExactly("_staging/ holds the files of an ingest that never finished");
        assertThat(dead.notes()).contains("snapshot " + SECOND + " has no MANIFEST: no ingest committed it; the "
                + "next ingest deletes it");
        assertThat(repaired().consistent()).isTrue();
        assertThat(warehouse.resolve("_staging")).doesNotExist();
        assertThat(warehouse.resolve("snapshots/" + SECOND)).exists();
    }

    @Test
    void aLockIsStaleWhenItsProcessIsGoneOrItsPidIsAnotherProcessNow() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.onExit().join();
        Instant now = Instant.now();
        long me = ProcessHandle.current().pid();
        Optional<Instant> modified = Optional.of(now);

        assertThat(LockState.of(new LockHolder(dead.pid(), HOST, now, "r").text(), modified, HOST, now).stale())
                .isTrue();
        assertThat(LockState.of(new LockHolder(me, HOST, now, "r").text(), modified, HOST, now).stale()).isFalse();
        LockState reused = LockState.of(new LockHolder(me, HOST, Instant.parse("2001-01-01T00:00:00Z"), "r").text(),
                modified, HOST, now);
        assertThat(reused.stale()).isTrue();
        assertThat(reused.description()).contains("that pid is now another process");
        assertThat(LockState.of(new LockHolder(dead.pid(), "elsewhere", now, "r").text(), modified, HOST, now)
                .stale()).as("another host's process cannot be looked at").isFalse();
        assertThat(LockState.of("garbage", Optional.of(now.minus(Duration.ofHours(2))), HOST, now).stale()).isTrue();
    }

    @Test
    void aFolderNoIngestWroteOrAFileIsNotChecked() throws IOException {
        assertThatThrownBy(this::check).isInstanceOf(NotAWarehouseException.class)
                .hasMessageContaining("is not a warehouse");
        Path file = Files.writeString(warehouse.resolve("file"), "x");
        assertThatThrownBy(() -> WarehouseCheck.of(new LocalWarehouseFiles(file), HOST, Instant.now()))
                .hasMessage(file + " is a file, not a warehouse folder");
    }
}
