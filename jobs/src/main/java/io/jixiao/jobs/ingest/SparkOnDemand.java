package io.jixiao.jobs.ingest;

import org.apache.spark.sql.SparkSession;

import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * A Spark session started the first time it is asked for: an ingest with nothing new to parse never starts one
 * (the session and its first job cost seconds, the check a fraction of one). Stopping stops only a session this
 * started.
 */
public final class SparkOnDemand implements Supplier<SparkSession>, AutoCloseable {

    private final Supplier<SparkSession> start;
    private SparkSession session;

    public SparkOnDemand(Supplier<SparkSession> start) {
        this.start = requireNonNull(start, "start");
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

    @Override
    public synchronized void close() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
