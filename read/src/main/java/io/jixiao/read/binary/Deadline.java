package io.jixiao.read.binary;

import java.time.Duration;

/**
 * The time one document may take, checked in the readers' loops (per row, per page): a hostile file that is small
 * but slow to walk is rejected instead of holding an executor's core.
 */
public final class Deadline {

    private final Duration limit;
    private final long end;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    public static Deadline in(Duration limit) {
        return new Deadline(limit);
    }

    /** The time left, at least 0. */
    public long remainingMillis() {
        return Math.max(0, (end - System.nanoTime()) / 1_000_000);
    }

    public void check() throws DocumentRejectedException {
        if (System.nanoTime() - end > 0) {
            throw new DocumentRejectedException("document took longer than the limit of " + limit.toSeconds()
                    + " s to read");
        }
    }
}
