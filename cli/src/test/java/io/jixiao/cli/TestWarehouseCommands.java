package io.jixiao.cli;

import io.jixiao.schema.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: {@code jixiao check} and {@code jixiao repair}, and the one-line errors of a warehouse that is not one. */
class TestWarehouseCommands {

    @TempDir
    Path temp;

    private static JixiaoRun run(String... args) {
        return JixiaoRun.of(args);
    }

    private Path sampleCopy() throws IOException {
        return WarehouseCopies.copy(SampleWarehouse.path(), temp.resolve("warehouse"));
    }

    @Test
    void aCommittedWarehouseChecksConsistentAndRepairHasNothingToDo() throws IOException {
        Path warehouse = sampleCopy();

        JixiaoRun check = run("check", "--warehouse", warehouse.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("warehouse " + warehouse + ": consistent\n")
                .contains("note: snapshot in force: " + WarehouseLayout.currentSnapshot(warehouse).orElseThrow());

        JixiaoRun repair = run("repair", "--warehouse", warehouse.toString(), "--yes");
        assertThat(repair.exit()).isZero();
        assertThat(repair.out()).endsWith("nothing to repair\n");
    }

    /** Issue 17: a filter naming what the warehouse does not hold is an error naming the nearest values, not "(0 rows)". */
    @Test
    void aFilterThatMatchesNothingIsAnErrorWithTheNearestValues() {
        String warehouse = SampleWarehouse.path().toString();

        JixiaoRun region = run("query", "execution-rate", "--region", "上海", "--warehouse", warehouse);
        assertThat(region.exit()).isEqualTo(2);
        assertThat(region.err()).isEqualTo("jixiao query: --region 上海: no form in the warehouse has it; "
                + "did you mean 上海市?\n");
        assertThat(region.out()).isEmpty();

        JixiaoRun years = run("report", "--years", "2031", "--warehouse", warehouse, "--out",
                temp.resolve("report").toString());
        assertThat(years.exit()).isEqualTo(2);
        assertThat(years.err()).startsWith("jixiao report: --years 2031: no form in the warehouse has it; "
                + "the warehouse has 2020, 2023, 2024");
        assertThat(temp.resolve("report")).doesNotExist();
    }

    /** A broken CURRENT and a stale lock: check says what and exits 2; repair says what it would do, then does it. */
    @Test
    void repairSaysWhatItWouldDoAndDoesItOnlyWithYes() throws IOException {
        Path warehouse = sampleCopy();
        String inForce = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        Path current = Files.write(warehouse.resolve(WarehouseLayout.CURRENT), new byte[0]);
        Path lock = Files.write(warehouse.resolve(WarehouseLayout.LOCK), new byte[0]);
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        JixiaoRun check = run("check", "--warehouse", warehouse.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.out()).startsWith("warehouse " + warehouse + ": 2 problems\n")
                .contains("problem: CURRENT is empty\n", "problem: _lock is stale: the lock names no holder (empty)",
                        "jixiao repair would: write " + inForce + " into CURRENT\n",
                        "jixiao repair would: delete the stale _lock\n");

        JixiaoRun dryRun = run("repair", "--warehouse", warehouse.toString());
        assertThat(dryRun.exit()).isZero();
        assertThat(dryRun.out()).contains("would: write " + inForce + " into CURRENT\n")
                .endsWith("nothing changed: run jixiao repair --yes to do it\n");
        assertThat(current).hasContent("");
        assertThat(lock).exists();

        JixiaoRun repair = run("repair", "--warehouse", warehouse.toString(), "--yes");
        assertThat(repair.exit()).as(repair.out() + repair.err()).isZero();
        assertThat(repair.out()).contains("done: write " + inForce + " into CURRENT\n",
                "done: delete the stale _lock\n", "warehouse " + warehouse + ": consistent\n");
        assertThat(current).hasContent(inForce);
        assertThat(lock).doesNotExist();
        assertThat(run("check", "--warehouse", warehouse.toString()).exit()).isZero();
    }

    /** While an ingest holds the lock, repair changes nothing, even what it would repair. */
    @Test
    void repairLeavesAWarehouseAnIngestIsWritingAlone() throws IOException {
        Path warehouse = sampleCopy();
        Path current = Files.write(warehouse.resolve(WarehouseLayout.CURRENT), new byte[0]);
        Path lock = Files.writeString(warehouse.resolve(WarehouseLayout.LOCK),
                io.jixiao.schema.warehouse.LockHolder.thisProcess("running").text());

        JixiaoRun repair = run("repair", "--warehouse", warehouse.toString(), "--yes");

        assertThat(repair.exit()).isEqualTo(1);
        assertThat(repair.err()).startsWith("jixiao repair: warehouse " + warehouse + " is being written (an ingest "
                + "holds the lock: held by pid " + ProcessHandle.current().pid()).contains("nothing repaired")
                .hasLineCount(1);
        assertThat(current).hasContent("");
        assertThat(lock).exists();
    }

    /** The only snapshot has lost a file: nothing intact to go back to, and repair deletes nothing. */
    @Test
    void whatCannotBeRepairedIsSaidAndNothingIsDeleted() throws IOException {
        Path warehouse = sampleCopy();
        Path file = WarehouseCopies.formsFile(warehouse);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }

        JixiaoRun check = run("check", "--warehouse", warehouse.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.out()).contains("which is damaged: 1 of its", file.getFileName() + " has ",
                "cannot repair: no snapshot is intact to go back to: restore the warehouse from a backup");

        JixiaoRun repair = run("repair", "--warehouse", warehouse.toString(), "--yes");
        assertThat(repair.exit()).isEqualTo(2);
        assertThat(file).exists();
    }

    /** Fault 10: a folder that is not a warehouse answered query with nothing and exit 0. */
    @Test
    void aFolderThatIsNotAWarehouseIsRefusedInOneLine() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("not-a-warehouse"));
        Path file = Files.writeString(temp.resolve("a-file"), "x");

        for (String[] command : new String[][] {{"query", "execution-rate"}, {"sql", "SELECT 1"}, {"check"},
                {"repair"}}) {
            for (Path warehouse : new Path[] {folder, file}) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                        java.util.stream.Stream.of("--warehouse", warehouse.toString())).toArray(String[]::new);
                JixiaoRun run = run(args);
                assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
                assertThat(run.err()).as(String.join(" ", args)).startsWith("jixiao " + command[0] + ": ")
                        .contains(warehouse.toString(), warehouse.equals(file) ? "is a file" : "is not a warehouse")
                        .hasLineCount(1);
            }
        }
    }

    /** -Djixiao.debug, with no value as with one, adds the stack trace after the line. */
    @Test
    void theStackTraceComesWithDebugOnly() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("not-a-warehouse"));
        String before = System.getProperty("jixiao.debug");
        try {
            System.setProperty("jixiao.debug", "");
            JixiaoRun debug = run("sql", "SELECT 1", "--warehouse", folder.toString());
            assertThat(debug.err()).startsWith("jixiao sql: " + folder + " is not a warehouse").contains("\tat ");
        } finally {
            if (before == null) {
                System.clearProperty("jixiao.debug");
            } else {
                System.setProperty("jixiao.debug", before);
            }
        }
        assertThat(run("sql", "SELECT 1", "--warehouse", folder.toString()).err()).hasLineCount(1);
    }

    /**
     * Fault 11: the ingest after a truncated Parquet file failed with a 320-line trace. The manifest tells a short
     * file; a file overwritten in place keeps its size, and Spark is the one to find it unreadable.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated", "overwritten"})
    void anIngestIntoADamagedWarehouseFailsInOneLine(String damage) throws Exception {
        Path warehouse = sampleCopy();
        Path file = WarehouseCopies.formsFile(warehouse);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (damage.equals("truncated")) {
                channel.truncate(channel.size() - 100);
            } else {
                channel.write(java.nio.ByteBuffer.wrap(new byte[(int) channel.size()]), 0);
            }
        }
        // new bytes, so that the ingest reads the old forms to write the next snapshot
        Path document = temp.resolve("003 again.txt");
        Files.writeString(document, Files.readString(SampleWarehouse.samples().resolve("003_c12283996fba6272.txt"))
                + "\n");
        Path log = temp.resolve("ingest.log");

        int exit = JixiaoProcess.run(log, "ingest", document.toString(), "--warehouse", warehouse.toString());

        String output = Files.readString(log);
        assertThat(exit).as(output).isEqualTo(1);
        assertThat(output.lines().filter(line -> line.startsWith("jixiao ingest: "))).singleElement().asString()
                .contains(file.getFileName().toString());
        assertThat(output).as(output).doesNotContain("\tat ", "Exception");
    }
}
