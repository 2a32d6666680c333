package io.jixiao.schema.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15, faults 1 and 7, at the level of the files: which snapshot is in force, and when none may be read. */
class TestCurrentSnapshot {

    private static final String FIRST = "20261201T100000Z-aaaaaaaa";
    private static final String SECOND = "20261201T110000Z-bbbbbbbb";

    @TempDir
    Path warehouse;

    private void snapshot(String id, String parent) throws IOException {
        Path data = Files.createDirectories(warehouse.resolve("snapshots/" + id + "/forms/year=2023"));
        byte[] bytes = new byte[100];
        Files.write(data.resolve("part-1.parquet"), bytes);
        Files.writeString(warehouse.resolve(CurrentSnapshot.manifestPath(id)), new SnapshotManifest(id, parent,
                List.of(new SnapshotManifest.DataFile("forms/year=2023/part-1.parquet", 100, crc32c(bytes)))).text());
    }

    private static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    private String current() {
        return CurrentSnapshot.find(new LocalWarehouseFiles(warehouse)).map(Snapshot::id).orElse(null);
    }

    @Test
    void aManifestReadsBackAndOneCutShortIsRefused() {
        SnapshotManifest manifest = new SnapshotManifest(SECOND, FIRST, List.of(
                new SnapshotManifest.DataFile("forms/year=2023/part-p0-t1.parquet", 1234),
                new SnapshotManifest.DataFile("documents/part-00000-x.zstd.parquet", 99)));

        assertThat(SnapshotManifest.parse(SECOND, manifest.text())).isEqualTo(manifest);
        SnapshotManifest checked = new SnapshotManifest(SECOND, null, List.of(
                new SnapshotManifest.DataFile("forms/year=2023/part 1.parquet", 1234, 0xdeadbeefL)));
        assertThat(checked.text()).contains("file 1234 deadbeef forms/year=2023/part 1.parquet\n");
        assertThat(SnapshotManifest.parse(SECOND, checked.text())).isEqualTo(checked);
        assertThatThrownBy(() -> SnapshotManifest.parse(SECOND, checked.text().replace("deadbeef", "deadbee")))
                .hasMessageContaining("has no checksum");
        assertThat(manifest.files(WarehouseTables.FORMS)).hasSize(1);
        String text = manifest.text();
        assertThatThrownBy(() -> SnapshotManifest.parse(SECOND, text.substring(0, text.indexOf("end"))))
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> SnapshotManifest.parse(SECOND, text.replace("end 2", "end 3")))
                .hasMessageContaining("end does not match");
    }

    /** Manifests written before checksums (version 1) still read: their files are checked by size alone. */
    @Test
    void aManifestWithoutChecksumsStillReads() throws IOException {
        String text = "jixiao-snapshot 1\nparent -\nfile 100 forms/year=2023/part-1.parquet\nend 1\n";
        assertThat(SnapshotManifest.parse(FIRST, text).files()).containsExactly(
                new SnapshotManifest.DataFile("forms/year=2023/part-1.parquet", 100));

        Path data = Files.createDirectories(warehouse.resolve("snapshots/" + FIRST + "/forms/year=2023"));
        Files.write(data.resolve("part-1.parquet"), new byte[100]);
        Files.writeString(warehouse.resolve(CurrentSnapshot.manifestPath(FIRST)), text);
        assertThat(current()).isEqualTo(FIRST);
    }

    @Test
    void currentNamesTheSnapshotInForce() throws IOException {
        snapshot(FIRST, null);
        snapshot(SECOND, FIRST);
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), FIRST + "\n");

        assertThat(current()).isEqualTo(FIRST);
    }

    @Test
    void aBrokenCurrentFallsBackToTheNewestCompleteSnapshot() throws IOException {
        snapshot(FIRST, null);
        snapshot(SECOND, FIRST);
        Files.createDirectories(warehouse.resolve("snapshots/20261201T120000Z-cccccccc/forms"));  // died mid-way
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), "");

        Snapshot found = CurrentSnapshot.find(new LocalWarehouseFiles(warehouse)).orElseThrow();

        assertThat(found.id()).isEqualTo(SECOND);
        assertThat(found.brokenPointer()).contains("CURRENT is empty");
    }

    @Test
    void aWarehouseWithoutRunsIsEmptyButOneWithRunsAndNoCompleteSnapshotIsRefused() throws IOException {
        assertThat(current()).isNull();
        Files.createDirectories(warehouse.resolve("snapshots/" + FIRST + "/forms"));  // a first run that died
        assertThat(current()).isNull();

        Files.createDirectories(warehouse.resolve("runs/" + FIRST));
        assertThatThrownBy(this::current).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining("CURRENT is missing").hasMessageContaining(FIRST);
    }

    @Test
    void aShortOrMissingFileIsRefusedNamingTheIntactParent() throws IOException {
        snapshot(FIRST, null);
        snapshot(SECOND, FIRST);
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), SECOND + "\n");
        Path file = warehouse.resolve("snapshots/" + SECOND + "/forms/year=2023/part-1.parquet");

        Files.write(file, new byte[60]);
        assertThatThrownBy(this::current).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining("part-1.parquet has 60 bytes, the manifest says 100")
                .hasMessageContaining("Snapshot " + FIRST + ", the one it was built from, is intact");

        Files.delete(file);
        assertThatThrownBy(this::current).hasMessageContaining("part-1.parquet is missing");
    }

    /** Same-size damage: a byte changed in place passed the size check, and readers answered from it. */
    @Test
    void aFileChangedInPlaceIsRefusedByItsChecksum() throws IOException {
        snapshot(FIRST, null);
        snapshot(SECOND, FIRST);
        Files.writeString(warehouse.resolve(WarehouseLayout.CURRENT), SECOND + "\n");
        byte[] changed = new byte[100];
        changed[57] = 1;
        Files.write(warehouse.resolve("snapshots/" + SECOND + "/forms/year=2023/part-1.parquet"), changed);

        assertThatThrownBy(this::current).isInstanceOf(WarehouseDamagedException.class)
                .hasMessageContaining("part-1.parquet was changed after it was written: its CRC32C is "
                        + DataFileChecksum.text(crc32c(changed)) + ", the manifest says "
                        + DataFileChecksum.text(crc32c(new byte[100])))
                .hasMessageContaining("Snapshot " + FIRST + ", the one it was built from, is intact");
    }
}
