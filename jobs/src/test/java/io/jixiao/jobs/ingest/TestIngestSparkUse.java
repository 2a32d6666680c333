package io.jixiao.jobs.ingest;

import io.jixiao.read.Samples;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: an ingest decides what is new before it uses Spark. A run with nothing new starts no session; a new batch
 * is parsed in one Spark job; the next snapshot carries the previous one's files over instead of writing them again.
 */
class TestIngestSparkUse {

    @TempDir
    Path temp;

    @Test
    void aRunWithNothingNewStartsNoSparkSessionAndIsStillLogged() {
        Path warehouse = temp.resolve("warehouse");
        SharedSpark.ingest(warehouse, Samples.folder());

        SparkOnDemand spark = new SparkOnDemand(() -> {
            throw new AssertionError("a run with nothing new started Spark");
        });
        IngestSummary again = new IngestJob(spark).run(new IngestOptions(List.of(Samples.folder().toString()),
                warehouse.toString(), false), IngestProgress.SILENT);

        assertThat(spark.started()).isFalse();
        assertThat(again.committed()).isFalse();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(WarehouseReader.rows(warehouse, WarehouseTables.RUNS)).hasSize(2);
    }

    @Test
    void aNewBatchIsParsedInOneSparkJob() throws Exception {
        SparkContext context = SharedSpark.session().sparkContext();
        AtomicInteger jobs = new AtomicInteger();
        SparkListener counter = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                jobs.incrementAndGet();
            }
        };
        context.addSparkListener(counter);
        try {
            IngestSummary summary = SharedSpark.ingest(temp.resolve("warehouse"), Samples.folder());
            // the listener hears of jobs on its own thread: wait until it has heard of all (no deadline that matters)
            context.listenerBus().waitUntilEmpty(TimeUnit.MINUTES.toMillis(30));

            assertThat(summary.forms()).isEqualTo(24);
            assertThat(jobs.get()).as("Spark jobs of an ingest of the four samples").isEqualTo(1);
        } finally {
            context.removeSparkListener(counter);
        }
    }

    @Test
    void theNextSnapshotLinksThePreviousFilesInsteadOfWritingThemAgain() throws IOException {
        Path warehouse = temp.resolve("warehouse");
        SharedSpark.ingest(warehouse, Samples.file("002"));
        String first = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();
        List<Path> before = dataFiles(warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(first));

        IngestSummary second = SharedSpark.ingest(warehouse, Samples.file("003"));
        String next = WarehouseLayout.currentSnapshot(warehouse).orElseThrow();

        assertThat(second.committed()).isTrue();
        assertThat(next).isNotEqualTo(first);
        assertThat(before).isNotEmpty();
        Path from = warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(first);
        Path to = warehouse.resolve(WarehouseLayout.SNAPSHOTS).resolve(next);
        for (Path file : before) {
            Path carried = to.resolve(from.relativize(file).toString());
            assertThat(carried).exists();
            assertThat(Files.isSameFile(file, carried)).as(from.relativize(file) + " is the same file").isTrue();
        }
        assertThat(dataFiles(to)).hasSizeGreaterThan(before.size());
    }

    private static List<Path> dataFiles(Path snapshot) throws IOException {
        try (Stream<Path> files = Files.walk(snapshot)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".parquet")
                    && !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
