package io.jixiao.jobs.ingest;

import io.jixiao.schema.warehouse.WarehouseDamagedException;
import io.jixiao.schema.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.Path;

/**
 * A failure of Spark to read a data file of an earlier snapshot (overwritten in place, so its size still matches
 * the manifest), told as the damage it is in one line instead of Spark's job failure with its trace.
 */
final class UnreadableSnapshot {

    private UnreadableSnapshot() {
    }

    /** The failure as warehouse damage when a cause names a file of a snapshot other than the one being written. */
    static RuntimeException explain(RuntimeException failure, Path warehouse, String writing) {
        String snapshots = "/" + WarehouseLayout.SNAPSHOTS + "/";
        String reason = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains(snapshots) && !message.contains(snapshots + writing + "/")) {
                reason = message.strip().lines().findFirst().orElse("");  // the innermost says most
            }
        }
        if (reason == null) {
            return failure;
        }
        return new WarehouseDamagedException("warehouse " + warehouse + " is damaged: a data file cannot be read: "
                + reason + "; nothing was written (jixiao check tells more; restore the file from a backup)");
    }
}
