package io.jixiao.cli;

import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.schema.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An ingest killed hard (SIGKILL) while it writes leaves the previous warehouse current and readable. */
class TestIngestKilledMidway {

    @TempDir
    Path temp;

    @Test
    void aKilledIngestLeavesThePreviousWarehouseAndTheNextRunCompletes() throws Exception {
        Path samples = Path.of("..", "data", "samples").toAbsolutePath().normalize();
        Path warehouse = temp.resolve("warehouse");
        // the previous state: the Changji 2020 sample, 4 forms, ingested in this JVM (the killed run needs its own)
        ingest(warehouse, samples.resolve("002_13d1e6413ad98fbc.txt"));
        String previous = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        assertThat(forms(warehouse)).isEqualTo(4);

        Process second = JixiaoProcess.start(temp.resolve("killed.log"), "ingest", samples.toString(),
                "--warehouse", warehouse.toString());
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + Patience.scaled(java.time.Duration.ofMinutes(10)).toNanos();
        while (second.isAlive() && System.nanoTime() < deadline) {
            if (snapshotCount(warehouse) > 1) {
                second.destroyForcibly().waitFor();
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(5);
        }
        assertThat(killedWhileWriting).as("the second ingest was caught writing its snapshot").isTrue();

        assertThat(WarehouseLayout.currentSnapshot(warehouse)).contains(previous);
        assertThat(forms(warehouse)).isEqualTo(4);
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).as("the killed run's lock is left behind").exists();

        // the next run, in this JVM as the run before: what it finds is the killed run's lock and staging
        ingest(warehouse, samples);
        assertThat(WarehouseLayout.currentSnapshot(warehouse)).isNotEqualTo(previous);
        assertThat(forms(warehouse)).isEqualTo(24);
        assertThat(warehouse.resolve(WarehouseLayout.LOCK)).doesNotExist();
    }

    /** The real ingest in this JVM, on the shared session; it must commit. */
    private static void ingest(Path warehouse, Path input) {
        assertThat(new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(input.toString()),
                warehouse.toString(), false), IngestProgress.SILENT).committed()).isTrue();
    }

    private static long snapshotCount(Path warehouse) throws IOException {
        Path snapshots = warehouse.resolve(WarehouseLayout.SNAPSHOTS);
        if (!Files.isDirectory(snapshots)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(snapshots)) {
            return entries.count();
        }
    }

    /** The forms of the current snapshot, read by DuckDB the way the reports read them. */
    private static long forms(Path warehouse) throws SQLException {
        Path forms = WarehouseLayout.tableDirectory(warehouse, io.jixiao.schema.warehouse.WarehouseTables.FORMS)
                .orElseThrow();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM read_parquet(?, hive_partitioning = true)")) {
            count.setString(1, forms + "/**/*.parquet");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
