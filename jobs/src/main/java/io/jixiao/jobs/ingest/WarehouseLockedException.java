package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.Path;

/** Another ingest is writing the warehouse, or may be: its lock is not stale. */
public final class WarehouseLockedException extends RuntimeException {

    WarehouseLockedException(Path warehouse, String lockState) {
        super("warehouse " + warehouse + " is locked by another ingest: " + lockState + "; wait for it to finish, or, "
                + "if no ingest runs, see jixiao check and delete " + new Path(warehouse, WarehouseLayout.LOCK));
    }
}
