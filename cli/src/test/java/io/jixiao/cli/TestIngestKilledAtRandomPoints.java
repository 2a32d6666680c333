package io.jixiao.cli;

import io.jixiao.cli.faults.Halt;
import io.jixiao.cli.faults.HaltingLocalFileSystem;
import io.jixiao.cli.faults.HaltingLocalFs;
import io.jixiao.jobs.ingest.IngestJob;
import io.jixiao.jobs.ingest.IngestOptions;
import io.jixiao.jobs.ingest.IngestProgress;
import io.jixiao.jobs.ingest.IngestSummary;
import io.jixiao.schema.warehouse.LockHolder;
import io.jixiao.schema.warehouse.WarehouseCheck;
import io.jixiao.schema.warehouse.LocalWarehouseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: over seeded runs, an ingest is killed at a random point and the warehouse it leaves is damaged at random
 * (CURRENT, a manifest, a data file, the lock: {@link WarehouseFault}). Every read, by the real {@code jixiao sql},
 * then answers exactly the data of a committed state (the warehouse before the ingest, or after it) or refuses in
 * one line; {@code jixiao repair --yes} always leaves a warehouse that reads as one of those states, or says that no
 * snapshot is intact and is right; a kill alone never loses committed data; and every third run the next ingest
 * completes and gives the warehouse after it.
 *
 * <p>The ingest runs in a JVM of its own whose local file system is {@link HaltingLocalFileSystem} (and, for
 * {@code FileContext}, {@link HaltingLocalFs}), set by a {@code core-site.xml} put first on its classpath. A first
 * run counts the operations that change files (create, close, rename, delete, mkdir: every point at which a kill
 * leaves another state); each later run halts its JVM ({@link Runtime#halt}, as kill -9) before one of them, chosen
 * by the seed. {@code -Djixiao.test.killRuns=N} runs N of them (default 2, each a JVM with Spark: the suite stays
 * short on a loaded machine; the closing note of issue 15 gives a run of 60).
 */
class TestIngestKilledAtRandomPoints {

    private static final int RUNS = Integer.getInteger("jixiao.test.killRuns", 2);
    private static final String[] TABLES = {"documents", "forms", "funds", "indicators", "findings"};

    @TempDir
    Path temp;

    @Test
    void everyReadAnswersACommittedStateOrRefusesAndRepairAlwaysGetsBackToOne() throws Exception {
        Path samples = SampleWarehouse.samples();
        Path haltingFs = haltingFileSystemConfiguration(temp.resolve("halting-fs"));

        Path before = temp.resolve("before");
        // the state before: ingested in this JVM, as only the runs on the halting file system need their own
        assertThat(ingestHere(before, samples.resolve("002_13d1e6413ad98fbc.txt")).committed()).isTrue();
        String beforeData = read(before).answer();
        assertThat(forms(before)).isEqualTo("4");

        Path counted = WarehouseCopies.copy(before, temp.resolve("counted"));
        Path operations = temp.resolve("operations.log");
        assertThat(ingest(haltingFs, counted, samples, "counted", "-D" + Halt.OPERATION_LOG + "=" + operations))
                .isZero();
        String afterData = read(counted).answer();
        assertThat(forms(counted)).isEqualTo("24");
        List<String> operationLog = Files.readAllLines(operations);
        int count = operationLog.size();
        Map<String, Integer> points = new TreeMap<>();
        operationLog.forEach(line -> points.merge(HaltPoint.of(line), 1, Integer::sum));
        // The table files the parse stages and the links that carry the previous snapshot's files over are written
        // with java.nio on a local disk, out of this file system's sight (a SIGKILL among them:
        // TestIngestKilledMidway); what moves them into the new snapshot and commits it goes through it.
        assertThat(points).as("the file system seen by Spark, parquet-java and FileContext alike")
                .containsKeys("rename while staging the batch", "rename of the new snapshot's MANIFEST",
                        "rename of CURRENT", "delete of the lock", "rename in the runs log");

        Map<String, Integer> haltedAt = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            String run = "seed " + seed;
            Path warehouse = WarehouseCopies.copy(before, temp.resolve("run" + seed));
            int haltAt = 1 + random.nextInt(count);
            Path log = temp.resolve("operations" + seed + ".log");
            int exit = ingest(haltingFs, warehouse, samples, "run" + seed, "-D" + Halt.HALT_AT + "=" + haltAt,
                    "-D" + Halt.OPERATION_LOG + "=" + log);
            if (exit == Halt.EXIT_CODE) {
                List<String> done = Files.readAllLines(log);
                haltedAt.merge(HaltPoint.of(done.get(done.size() - 1)), 1, Integer::sum);
            } else {
                assertThat(exit).as(run + ": an ingest that ran past its halt point").isZero();
                haltedAt.merge("none: the ingest finished in fewer operations", 1, Integer::sum);
            }

            List<WarehouseFault> applied = new ArrayList<>();
            for (int f = random.nextInt(3); f > 0; f--) {
                WarehouseFault fault = WarehouseFault.values()[random.nextInt(WarehouseFault.values().length)];
                if (fault.apply(warehouse, random)) {
                    applied.add(fault);
                    faults.merge(fault.description(), 1, Integer::sum);
                }
            }
            String as = run + ", halted before operation " + haltAt + " of " + count + ", faults " + applied;

            Read first = read(warehouse);
            first.assertCommittedOrRefused(as, beforeData, afterData);
            boolean dataDamaged = applied.stream().anyMatch(WarehouseFault::damagesSnapshots);
            WarehouseCheck check = WarehouseCheck.of(new LocalWarehouseFiles(warehouse), LockHolder.thisHost(),
                    Instant.now());
            String outcome;
            JixiaoRun repair = jixiao("repair", "--warehouse", warehouse.toString(), "--yes");
            if (check.lockedByLiveIngest()) {
                assertThat(repair.exit()).as(as).isEqualTo(1);
                assertThat(repair.err()).as(as).contains("is being written").hasLineCount(1);
                outcome = "repair refused: a fresh lock names no holder (an ingest taking it)";
            } else if (repair.exit() == 0) {
                Read after = read(warehouse);
                assertThat(after.answer()).as(as + ": read after repair\n" + repair.out())
                        .isIn(beforeData, afterData);
                outcome = (check.consistent() ? "consistent, " : "repaired, ")
                        + (after.answer().equals(afterData) ? "reads as after the ingest"
                        : "reads as before the ingest");
            } else {
                assertThat(repair.exit()).as(as + "\n" + repair.out() + repair.err()).isEqualTo(2);
                assertThat(repair.out()).as(as).contains("no snapshot is intact");
                assertThat(dataDamaged).as(as + ": a kill alone never leaves no intact snapshot").isTrue();
                assertThat(read(warehouse).refusal()).as(as).isNotNull();
                outcome = "unrepairable: no intact snapshot left by the faults";
            }
            if (!dataDamaged) {
                assertThat(first.refusal()).as(as + ": a kill alone never hides committed data").isNull();
            }
            if (seed % 3 == 0 && !outcome.startsWith("unrepairable") && !check.lockedByLiveIngest()) {
                ingestHere(warehouse, samples);  // a failure throws
                assertThat(read(warehouse).answer()).as(as + ": after the next ingest").isEqualTo(afterData);
                outcome += ", next ingest completes";
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.printf("ingest killed at random points: %d runs; an ingest's %d operations %s; halted before %s; "
                + "faults %s; outcomes %s%n", RUNS, count, points, haltedAt, faults, outcomes);
    }

    /** The real ingest in this JVM, on the shared session: for the states before and after, not for a kill. */
    private static IngestSummary ingestHere(Path warehouse, Path input) {
        return new IngestJob(SampleWarehouse.spark()).run(new IngestOptions(List.of(input.toString()),
                warehouse.toString(), false), IngestProgress.SILENT);
    }

    /** Runs {@code jixiao ingest} in a JVM of its own, on the halting file system (which halts only when told). */
    private int ingest(Path haltingFs, Path warehouse, Path input, String name, String... jvmOptions)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.add("-Djava.io.tmpdir=" + Files.createDirectories(temp.resolve("tmp")));
        args.addAll(List.of("ingest", input.toString(), "--warehouse", warehouse.toString()));
        Path output = temp.resolve(name + ".out");
        int exit = JixiaoProcess.run(output, List.of(haltingFs), args.toArray(String[]::new));
        if (exit != 0 && exit != Halt.EXIT_CODE) {
            throw new AssertionError("jixiao ingest exited " + exit + ":\n" + Files.readString(output));
        }
        return exit;
    }

    /** A folder with the core-site.xml that makes the local file system the halting one. */
    private static Path haltingFileSystemConfiguration(Path folder) throws IOException {
        return HaltingLocalFileSystem.configurationFolder(folder);
    }

    /** What {@code jixiao sql} answers for every table (run-dependent columns left out), or its refusal. */
    private static Read read(Path warehouse) {
        StringBuilder answer = new StringBuilder();
        for (String table : TABLES) {
            String exclude = table.equals("documents") ? " EXCLUDE (run_id, ingested_at)"
                    : table.equals("forms") ? " EXCLUDE (run_id)" : "";
            JixiaoRun sql = jixiao("sql", "SELECT count(*) OVER () AS n, *" + exclude + " FROM " + table
                    + " ORDER BY ALL", "--warehouse", warehouse.toString(), "--format", "csv");
            if (sql.exit() != 0) {
                return new Read(null, sql.err());
            }
            answer.append(table).append('\n').append(sql.out());
        }
        return new Read(answer.toString(), null);
    }

    private static String forms(Path warehouse) {
        return jixiao("sql", "SELECT count(*) AS n FROM forms", "--warehouse", warehouse.toString(), "--format",
                "csv").out().lines().skip(1).findFirst().orElse("").strip();
    }

    /** A read's answer, or the refusal it printed. */
    private record Read(String answer, String refusal) {

        void assertCommittedOrRefused(String as, String before, String after) {
            if (answer != null) {
                assertThat(answer).as(as + ": an answer is a committed state's whole data").isIn(before, after);
            } else {
                assertThat(refusal).as(as + ": a refusal is one line naming the warehouse")
                        .startsWith("jixiao sql: warehouse ").hasLineCount(1);
            }
        }
    }

    private static JixiaoRun jixiao(String... args) {
        return JixiaoRun.of(args);
    }

    /** Where in an ingest a halt landed, from the operation it stopped before. */
    private static final class HaltPoint {

        static String of(String operationLine) {
            String[] parts = operationLine.split("\t");
            String operation = parts[1];
            String path = parts[2];
            if (path.contains("/_lock")) {
                return operation + " of the lock";
            }
            if (path.contains("/_staging")) {
                return operation + " while staging the batch";
            }
            if (path.contains("MANIFEST")) {
                return operation + " of the new snapshot's MANIFEST";
            }
            if (path.contains("CURRENT")) {
                return operation + " of CURRENT";
            }
            if (path.contains("/runs/")) {
                return operation + " in the runs log";
            }
            if (path.contains("/snapshots/")) {
                return operation.equals("delete") ? "delete of a superseded snapshot"
                        : operation + " of the new snapshot's data";
            }
            return operation + " elsewhere";
        }
    }
}
