package io.jixiao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * A Spark session started the first time it is asked for: an ingest with nothing new to parse, or a compaction with
 * nothing to rewrite, never starts one (the session and its first job cost seconds, the check a fraction of one).
 * Closing stops only a session this started.
 */
public final class SparkOnDemand implements Supplier<SparkSession>, AutoCloseable {

    private final Supplier<SparkSession> start;
    private final boolean owned;
    private SparkSession session;

    /** A session started by {@code start} when first needed, and stopped on {@link #close()}. */
    public SparkOnDemand(Supplier<SparkSession> start) {
        this.start = requireNonNull(start, "start");
        this.owned = true;
    }

    private SparkOnDemand(SparkSession running) {
        this.start = () -> running;
        this.owned = false;
        this.session = requireNonNull(running, "running");
    }

    /** A session already running, which its owner stops. */
    public static SparkOnDemand running(SparkSession session) {
        return new SparkOnDemand(session);
    }

    @Override
    public synchronized SparkSession get() {
        if (session == null) {
            session = requireNonNull(start.get(), "session");
        }
        return session;
    }

    public synchronized boolean started() {
        return session != null;
    }

    /** The session's Hadoop configuration, or, before it starts, the one it would have ({@link HadoopSettings}). */
    public synchronized Configuration hadoopConfiguration() {
        return session != null ? session.sparkContext().hadoopConfiguration() : HadoopSettings.withoutSpark();
    }

    @Override
    public synchronized void close() {
        if (owned && session != null) {
            session.stop();
            session = null;
        }
    }
}
