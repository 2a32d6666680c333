package io.jixiao.jobs.ingest;

import io.jixiao.jobs.ingest.parquet.ParquetRows;
import io.jixiao.schema.warehouse.WarehouseTable;
import io.jixiao.schema.warehouse.WarehouseTables;
import org.apache.hadoop.conf.Configuration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ingest needs to know of the snapshot in force before it starts Spark, read from the Parquet files
 * directly: the documents it holds (id to path) and its forms' keys ({@link FormKeys}).
 */
final class WarehouseContents {

    private WarehouseContents() {
    }

    /** The documents the snapshot holds: id to the path recorded (the first by name, were there two). */
    static Map<String, String> documents(SnapshotTableFiles snapshot, Configuration conf) {
        Map<String, String> documents = new HashMap<>();
        ParquetRows.strings(paths(snapshot, WarehouseTables.DOCUMENTS), List.of("doc_id", "path"), conf,
                row -> documents.merge(row[0], row[1], (a, b) -> a.compareTo(b) <= 0 ? a : b));
        return documents;
    }

    /** The keys of the snapshot's forms, sorted. */
    static long[] formKeys(SnapshotTableFiles snapshot, Configuration conf) {
        long[][] keys = {new long[1024]};
        int[] count = {0};
        ParquetRows.strings(paths(snapshot, WarehouseTables.FORMS), List.of("form_id"), conf, row -> {
            if (count[0] == keys[0].length) {
                keys[0] = Arrays.copyOf(keys[0], keys[0].length * 2);
            }
            keys[0][count[0]++] = AttemptResult.key(row[0]);
        });
        long[] sorted = Arrays.copyOf(keys[0], count[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    private static List<org.apache.hadoop.fs.Path> paths(SnapshotTableFiles snapshot, WarehouseTable table) {
        return snapshot.of(table).stream().map(SnapshotTableFiles.TableFile::path).toList();
    }
}
