package io.jixiao.cli;

import io.jixiao.cli.faults.Halt;
import io.jixiao.cli.faults.HaltingLocalFileSystem;
import io.jixiao.jobs.ingest.CompactJob;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.schema.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: {@code jixiao compact} commits a snapshot of few files with the same data, built from the one in force
 * (kept for its readers); killed half-way, it leaves the warehouse as it was, and the next one completes.
 */
class TestCompactCommand {

    private static final String[] TABLES = {"documents", "forms", "funds", "indicators", "findings", "form_copies"};

    @TempDir
    Path temp;

    @Test
    void compactWritesASnapshotOfFewFilesWithTheSameDataAndAKilledOneLeavesTheWarehouseAsItWas() throws Exception {
        Path warehouse = temp.resolve("warehouse");
        ingest(warehouse, SampleWarehouse.samples().resolve("000_672dbaea54929c24.txt"));
        ingest(warehouse, SampleWarehouse.samples());
        Path killed = WarehouseCopies.copy(warehouse, temp.resolve("killed"));
        String previous = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        String before = read(warehouse);
        assertThat(dataFiles(warehouse, previous, "forms/year=2023")).hasSizeGreaterThan(1);

        Path operations = temp.resolve("operations.log");
        Path output = temp.resolve("compact.out");
        assertThat(compact(warehouse, output, "-D" + Halt.OPERATION_LOG + "=" + operations)).isZero();

        String compacted = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        assertThat(Files.readString(output)).contains("compacted snapshot " + previous + " into " + compacted)
                .contains("forms year=2023");
        assertThat(read(warehouse)).as("every table, by DuckDB").isEqualTo(before);
        assertThat(dataFiles(warehouse, compacted, "forms/year=2023")).hasSize(1);
        assertThat(snapshots(warehouse)).as("the one it was built from is kept for its readers")
                .containsExactly(previous, compacted);
        assertThat(JixiaoRun.of("check", "--warehouse", warehouse.toString()).exit()).isZero();

        // killed half-way through its changes to the file system (a kill -9: no finally, no shutdown hook)
        long count = Files.readAllLines(operations).size();
        assertThat(compact(killed, temp.resolve("killed.out"), "-D" + Halt.HALT_AT + "=" + (count / 2)))
                .as("halted").isEqualTo(Halt.EXIT_CODE);
        assertThat(WarehouseLayout.currentSnapshot(killed)).contains(previous);
        assertThat(read(killed)).isEqualTo(before);

        // the next compact needs no JVM of its own (the halting file system is not in play): the shared session's
        assertThat(new CompactJob(SampleWarehouse.spark()).run(killed.toString()).committed()).isTrue();
        assertThat(read(killed)).isEqualTo(before);
        assertThat(snapshots(killed)).as("the killed run's folder is gone")
                .containsExactly(previous, WarehouseLayout.currentSnapshot(killed).orElseThrow());
        assertThat(killed.resolve(WarehouseLayout.LOCK)).doesNotExist();
    }

    @Test
    void aWarehouseNothingWasIngestedIntoIsRefused() {
        JixiaoRun run = JixiaoRun.of("compact", "--warehouse", temp.resolve("none").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("jixiao compact: warehouse folder not found: ").hasLineCount(1);
    }

    private static void ingest(Path warehouse, Path input) {
        assertThat(new IngestJob(SampleWarehouse.spark()).run(
                new IngestOptions(List.of(input.toString()), warehouse.toString(), false), IngestProgress.SILENT)
                .committed()).isTrue();
    }

    /** {@code jixiao compact} in a JVM of its own, on the halting file system (which halts only when told). */
    private int compact(Path warehouse, Path output, String... jvmOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.add("-Djava.io.tmpdir=" + Files.createDirectories(temp.resolve("tmp")));
        args.addAll(List.of("compact", "--warehouse", warehouse.toString()));
        int exit = JixiaoProcess.run(output, List.of(haltingFileSystem()), args.toArray(String[]::new));
        if (exit != 0 && exit != Halt.EXIT_CODE) {
            throw new AssertionError("jixiao compact exited " + exit + ":\n" + Files.readString(output));
        }
        return exit;
    }

    /** A folder with the core-site.xml that makes the local file system the halting one. */
    private Path haltingFileSystem() throws IOException {
        return HaltingLocalFileSystem.configurationFolder(temp.resolve("halting-fs"));
    }

    /** What {@code jixiao sql} (DuckDB) answers for every table, every row. */
    private static String read(Path warehouse) {
        StringBuilder answer = new StringBuilder();
        for (String table : TABLES) {
            JixiaoRun sql = JixiaoRun.of("sql", "SELECT count(*) OVER () AS n, * FROM " + table + " ORDER BY ALL",
                    "--warehouse", warehouse.toString(), "--format", "csv");
            assertThat(sql.exit()).as(sql.err()).isZero();
            answer.append(table).append('\n').append(sql.out());
        }
        return answer.toString();
    }

    private static List<String> dataFiles(Path warehouse, String snapshot, String folder) throws IOException {
        try (Stream<Path> files = Files.list(warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(snapshot)
                .resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".parquet") && !n.startsWith("."))
                    .toList();
        }
    }

    private static List<String> snapshots(Path warehouse) throws IOException {
        try (Stream<Path> folders = Files.list(warehouse.resolve(WarehouseLayout.SNAPSHOTS))) {
            return folders.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
