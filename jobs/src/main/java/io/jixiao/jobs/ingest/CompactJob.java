package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.Snapshot;
import io.jixiao.schema.warehouse.SnapshotManifest;
import io.jixiao.schema.warehouse.TargetDrift;
import io.jixiao.schema.warehouse.WarehouseLayout;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * {@code jixiao compact}: the snapshot in force with its tables' small files compacted ({@link TableCompaction}),
 * committed as a new snapshot built from it, under the ingest's lock. The new snapshot's other files are the old
 * one's, linked ({@link SnapshotFiles}); readers of the old snapshot keep reading it, and it is kept as the new
 * one's parent. The years an older Jixiao wrote without their stored target drift get it ({@link TargetDriftTable}:
 * Spark only for the years that may pair, so a compact of nothing else starts no session).
 * A compact warehouse with its drift whole gets no new snapshot. Killed at any point before the commit, the warehouse is
 * as it was: the new folder has no manifest, so nothing reads it and the next ingest or compaction deletes it.
 */
public final class CompactJob {

    private final SparkOnDemand spark;

    /** A compaction in a running session. */
    public CompactJob(SparkSession spark) {
        this(SparkOnDemand.running(spark));
    }

    /** A compaction that starts its session only when a folder is rewritten. */
    public CompactJob(SparkOnDemand spark) {
        this.spark = requireNonNull(spark, "spark");
    }

    public CompactSummary run(String warehouseLocation) {
        long started = System.nanoTime();
        String id = Snapshots.newId(Instant.now());
        Path warehouse = new Path(warehouseLocation);
        FileSystem fs = fileSystem(warehouse);
        WarehouseLayout.requireWarehouse(new HadoopWarehouseFiles(fs, warehouse));
        try (WarehouseLock lock = WarehouseLock.acquire(fs, warehouse, id)) {
            Snapshots snapshots = new Snapshots(fs, warehouse);
            // a damaged warehouse stops here, before anything is written
            Optional<Snapshot> inForce = snapshots.current();
            if (inForce.isEmpty()) {
                return new CompactSummary(Optional.empty(), Optional.empty(), List.of(), Set.of(), elapsed(started));
            }
            String from = inForce.get().id();
            SnapshotManifest manifest = inForce.get().checkedManifest().orElseThrow(() -> new IllegalStateException(
                    "snapshot " + from + " was written before manifests, so its files cannot be checked: ingest"
                            + " into the warehouse once, then compact it"));
            TableCompaction compaction = new TableCompaction(spark, fs, TableCompaction.ON_DEMAND);
            // the years an older Jixiao wrote without their target drift are settled here, once
            Set<Integer> unsettled = TargetDrift.unsettledYears(paths(manifest, WarehouseTables.FORMS),
                    paths(manifest, WarehouseTables.TARGET_DRIFT));
            if (compaction.plan(snapshots.directory(from), manifest.files()).isEmpty() && unsettled.isEmpty()) {
                return new CompactSummary(Optional.of(from), Optional.empty(), List.of(), Set.of(), elapsed(started));
            }
            Path folder = snapshots.directory(id);
            List<CompactedFiles> compacted;
            try {
                SnapshotFiles.linkAll(fs, manifest, snapshots.directory(from), folder);
                new TargetDriftTable(spark, fs).settle(folder, unsettled);
                compacted = compaction.compact(folder);
            } catch (RuntimeException e) {
                delete(fs, folder, e);
                throw e;
            }
            snapshots.commit(id, from);
            snapshots.deleteSuperseded(id);
            return new CompactSummary(Optional.of(from), Optional.of(id), compacted, unsettled, elapsed(started));
        }
    }

    private static List<String> paths(SnapshotManifest manifest, WarehouseTable table) {
        return manifest.files(table).stream().map(SnapshotManifest.DataFile::path).toList();
    }

    /** The uncommitted folder of a compaction that failed; the next ingest would delete it too. */
    private static void delete(FileSystem fs, Path folder, RuntimeException failure) {
        try {
            fs.delete(folder, true);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private FileSystem fileSystem(Path path) {
        try {
            return path.getFileSystem(spark.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the file system of " + path, e);
        }
    }
}
