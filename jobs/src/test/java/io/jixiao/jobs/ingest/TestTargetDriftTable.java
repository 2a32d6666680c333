package io.jixiao.jobs.ingest;

import static io.jixiao.jobs.ingest.SharedSpark.ingest;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.schema.warehouse.CurrentSnapshot;
import io.jixiao.schema.warehouse.LocalWarehouseFiles;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.TargetDrift;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target drift the metrics read is always what {@link TargetDrift#pairsSql()} computes from the snapshot's own
 * forms and indicators, whatever order the halves of a pair arrive in and whichever copy of a form is kept: an ingest
 * drops the stored drift of the years it changed (the views compute them), {@code jixiao compact} stores it again
 * ({@link TargetDriftTable}). The documents are a generated corpus (jixiao generate --regions 1 --units 2 --years 2023-2023 --seed 19): two
 * units' target tables and self-evaluations of 2023, which pair.
 */
class TestTargetDriftTable {

    private static final String FOLDER = "/io/jixiao/jobs/ingest/drift/";
    private static final List<String> TARGETS = List.of("synthetic_330000_u01_2023_targets.txt",
            "synthetic_330000_u02_2023_targets.txt");
    private static final List<String> EVALUATIONS = List.of("synthetic_330000_u01_2023_self_evaluation.txt",
            "synthetic_330000_u02_2023_self_evaluation.txt");

    @TempDir
    Path temp;

    @Test
    void theLateHalfOfAPairAndASupersededCopySettleTheirYearsDriftAgain() throws IOException {
        Path targets = documents("targets", TARGETS);
        Path evaluations = documents("evaluations", EVALUATIONS);
        Path warehouse = temp.resolve("warehouse");

        ingest(warehouse, targets);

        assertThat(stored(warehouse)).as("an ingest leaves the years it changed unsettled").isEmpty();
        assertThat(viewed(warehouse)).as("the view computes them: the year's mark").hasSize(1)
                .isEqualTo(recomputed(warehouse));
        settle(warehouse);
        assertThat(pairs(stored(warehouse))).as("no self-evaluation yet: no pair").isEmpty();
        assertThat(stored(warehouse)).hasSize(1).isEqualTo(recomputed(warehouse));

        ingest(warehouse, evaluations);  // the late halves

        assertThat(stored(warehouse)).as("the stale drift of 2023 is gone").isEmpty();
        List<String> paired = recomputed(warehouse);
        assertThat(pairs(paired)).hasSizeGreaterThan(1);
        assertThat(viewed(warehouse)).isEqualTo(paired);
        settle(warehouse);
        assertThat(stored(warehouse)).isEqualTo(paired).isEqualTo(viewed(warehouse));
        Path scratch = temp.resolve("from-scratch");
        ingest(scratch, evaluations, targets);
        settle(scratch);
        assertThat(paired).as("as one ingest of both halves settles it").isEqualTo(stored(scratch));

        // a later copy of unit 1's self-evaluation supersedes the first (later_ingest), with the target of an
        // indicator its target table states alike (仪器设备购置经费, ≥90%) changed: unchanged becomes changed
        String original = Files.readString(evaluations.resolve(EVALUATIONS.get(0)), StandardCharsets.UTF_8);
        String revised = original.replaceFirst("企业用户满意度\t≥90%\t92%", "企业用户满意度\t≥85%\t92%");
        assertThat(revised).isNotEqualTo(original);
        Path revision = Files.createDirectories(temp.resolve("revision")).resolve("u01-2023-revised.txt");
        Files.writeString(revision, revised, StandardCharsets.UTF_8);

        IngestSummary summary = ingest(warehouse, revision);

        assertThat(summary.superseded()).as("the first copy superseded").isNotEmpty();
        assertThat(stored(warehouse)).isEmpty();
        List<String> afterRevision = recomputed(warehouse);
        assertThat(viewed(warehouse)).isEqualTo(afterRevision);
        settle(warehouse);
        assertThat(stored(warehouse)).isEqualTo(afterRevision);
        assertThat(pairs(afterRevision)).hasSameSizeAs(pairs(paired));
        assertThat(changed(afterRevision)).isEqualTo(changed(paired) + 1);
        assertThat(unchanged(afterRevision)).isEqualTo(unchanged(paired) - 1);
    }

    @Test
    void aWarehouseWrittenBeforeTheTableGivesTheSameDriftUntilCompactStoresIt() throws IOException {
        Path warehouse = temp.resolve("warehouse");
        ingest(warehouse, documents("targets", TARGETS), documents("evaluations", EVALUATIONS));
        settle(warehouse);
        List<String> settled = stored(warehouse);
        withoutStoredDrift(warehouse);

        assertThat(stored(warehouse)).isEmpty();
        assertThat(viewed(warehouse)).isEqualTo(settled);

        CompactSummary summary = new CompactJob(SharedSpark.session()).run(warehouse.toString());

        assertThat(summary.committed()).isTrue();
        assertThat(summary.driftYears()).containsExactly(2023);
        assertThat(stored(warehouse)).isEqualTo(settled).isEqualTo(recomputed(warehouse))
                .isEqualTo(viewed(warehouse));
        assertThat(new CompactJob(SharedSpark.session()).run(warehouse.toString()).committed()).isFalse();
    }

    @Test
    void aCompactOfYearsThatCannotPairStartsNoSparkSessionAndStoresTheSameDrift() throws IOException {
        Path warehouse = temp.resolve("warehouse");
        ingest(warehouse, documents("targets", TARGETS));
        settle(warehouse);  // every folder compact: what is left to do is the drift
        withoutStoredDrift(warehouse);
        SparkOnDemand spark = new SparkOnDemand(() -> {
            throw new AssertionError("a compact of years without a self-evaluation started Spark");
        });

        CompactSummary summary = new CompactJob(spark).run(warehouse.toString());

        assertThat(spark.started()).isFalse();
        assertThat(summary.committed()).isTrue();
        assertThat(summary.driftYears()).containsExactly(2023);
        List<String> recomputed = recomputed(warehouse);
        assertThat(pairs(recomputed)).as("target tables alone: no pair").isEmpty();
        assertThat(stored(warehouse)).as("the year's mark").hasSize(1).isEqualTo(recomputed)
                .isEqualTo(viewed(warehouse));
    }

    private static void settle(Path warehouse) {
        new CompactJob(SharedSpark.session()).run(warehouse.toString());
    }

    /** The drift as the metrics read it: the view of the warehouse, stored or computed. */
    private static List<String> viewed(Path warehouse) {
        SparkSession session = SharedSpark.session().newSession();
        SparkWarehouseViews.register(session, warehouse.toString());
        return session.sql("SELECT * FROM target_drift").collectAsList().stream().map(Row::toString).sorted()
                .toList();
    }

    /** The current snapshot as an older Jixiao wrote it: no target_drift files, none in its manifest. */
    private static void withoutStoredDrift(Path warehouse) throws IOException {
        SnapshotManifest manifest = CurrentSnapshot.find(new LocalWarehouseFiles(warehouse)).orElseThrow()
                .checkedManifest().orElseThrow();
        Path folder = warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(manifest.snapshot());
        try (Stream<Path> files = Files.walk(folder.resolve(WarehouseTables.TARGET_DRIFT.name()))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        SnapshotManifest older = new SnapshotManifest(manifest.snapshot(), manifest.parentSnapshot().orElse(null),
                manifest.files().stream().filter(f -> !f.table().equals(WarehouseTables.TARGET_DRIFT.name()))
                        .toList());
        Files.writeString(folder.resolve(SnapshotManifest.FILE_NAME), older.text());
    }

    private Path documents(String name, List<String> files) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (String file : files) {
            try (InputStream in = TestTargetDriftTable.class.getResourceAsStream(FOLDER + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
        return folder;
    }

    /** The stored rows of the current snapshot (none when its folder holds none). */
    private static List<String> stored(Path warehouse) {
        Path folder = WarehouseLayout.tableDirectory(warehouse, WarehouseTables.TARGET_DRIFT).orElseThrow();
        try (Stream<Path> files = Files.walk(folder)) {
            if (files.noneMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                return List.of();
            }
        } catch (IOException e) {
            return List.of();
        }
        return WarehouseReader.rows(warehouse, WarehouseTables.TARGET_DRIFT);
    }

    /** The rows of the pairs, without the years' marks. */
    private static List<String> pairs(List<String> rows) {
        return rows.stream().filter(row -> !row.startsWith("[null,")).toList();
    }

    private static int changed(List<String> rows) {
        return count(rows, 4);
    }

    private static int unchanged(List<String> rows) {
        return count(rows, 5);
    }

    /** The sum of a count column over the pairs' rows. */
    private static int count(List<String> rows, int column) {
        return pairs(rows).stream().mapToInt(row -> Integer.parseInt(row.substring(1, row.length() - 1)
                .split(",")[column])).sum();
    }

    /** The drift computed afresh from the current snapshot's forms and indicators. */
    private static List<String> recomputed(Path warehouse) {
        SparkSession session = SharedSpark.session().newSession();  // its own views
        for (WarehouseTable table : List.of(WarehouseTables.FORMS, WarehouseTables.INDICATORS)) {
            session.read().schema(SparkSchemas.of(table))
                    .parquet(WarehouseLayout.tableDirectory(warehouse, table).orElseThrow().toString())
                    .createOrReplaceTempView(table.name());
        }
        return session.sql(TargetDrift.pairsSql())
                .select(SparkSchemas.columnsOf(WarehouseTables.TARGET_DRIFT))
                .collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
