package io.jixiao.schema.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Files.write(data.resolve("part-1.parquet"), new byte[100]);
        Files.writeString(warehouse.resolve(CurrentSnapshot.manifestPath(id)), new SnapshotManifest(id, parent,
                List.of(new SnapshotManifest.DataFile("forms/year=2023/part-1.parquet", 100))).text());
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
        assertThat(manifest.files(WarehouseTables.FORMS)).hasSize(1);
        String text = manifest.text();
        assertThatThrownBy(() -> SnapshotManifest.parse(SECOND, text.substring(0, text.indexOf("end"))))
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> SnapshotManifest.parse(SECOND, text.replace("end 2", "end 3")))
                .hasMessageContaining("end does not match");
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
}
