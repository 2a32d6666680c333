package io.jixiao.jobs.ingest;

import org.apache.hadoop.fs.Path;

/** Another ingest is writing the warehouse. */
public final class WarehouseLockedException extends RuntimeException {

    WarehouseLockedException(Path warehouse, String holder) {
        super("warehouse " + warehouse + " is being written by another ingest (pid, host, start, run: " + holder
                + "); wait for it to finish, or delete " + new Path(warehouse, "_lock")
                + " if that process is gone");
    }
}
